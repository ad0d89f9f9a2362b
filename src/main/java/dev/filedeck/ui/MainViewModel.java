package dev.filedeck.ui;

import dev.filedeck.api.FileObject;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ObservableList;

/**
 * The main window's own state: which commands can run now. Menu items, toolbar buttons and
 * shortcuts share these, so they never disagree. No controls, no I/O.
 */
public final class MainViewModel {

    private final ReadOnlyBooleanWrapper canDownload = new ReadOnlyBooleanWrapper(this, "canDownload");
    private final ReadOnlyBooleanWrapper canDelete = new ReadOnlyBooleanWrapper(this, "canDelete");

    /**
     * @param selection the selected files
     * @param deleting whether a delete batch is running
     */
    public MainViewModel(ObservableList<FileObject> selection, ObservableBooleanValue deleting) {
        BooleanBinding hasSelection = Bindings.isNotEmpty(selection);
        canDownload.bind(hasSelection);
        canDelete.bind(hasSelection.and(Bindings.not(deleting)));
    }

    public ReadOnlyBooleanProperty canDownloadProperty() {
        return canDownload.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canDeleteProperty() {
        return canDelete.getReadOnlyProperty();
    }
}
