package dev.filedeck.ui.files;

import dev.filedeck.api.FileObject;
import dev.filedeck.settings.ConnectionSummary;
import dev.filedeck.ui.format.DisplayFormat;
import dev.filedeck.ui.task.BackgroundTasks;
import dev.filedeck.ui.task.LatestOnly;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * The state of the files view: the connection's files, whether they are loading, and why they
 * could not be loaded. Holds no controls and does no I/O itself: listing runs through
 * {@link BackgroundTasks}, and a new refresh supersedes one still running.
 */
public final class FilesViewModel {

    private final FileCatalog catalog;
    private final DisplayFormat format;
    private final LatestOnly loads;

    private final ObservableList<FileRow> files = FXCollections.observableArrayList();
    private final ObservableList<FileRow> readOnlyFiles = FXCollections.unmodifiableObservableList(files);
    private final ReadOnlyObjectWrapper<ListState> state = new ReadOnlyObjectWrapper<>(this, "state", ListState.LOADING);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<LoadFailure> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "Loading…");
    private final ReadOnlyStringWrapper connection;

    public FilesViewModel(FileCatalog catalog, ConnectionSummary connection, BackgroundTasks tasks, DisplayFormat format) {
        this.catalog = catalog;
        this.format = format;
        this.loads = new LatestOnly(tasks);
        this.connection = new ReadOnlyStringWrapper(this, "connection", connection.describe());
    }

    /** Lists all files again; a refresh still running is abandoned. */
    public void refresh() {
        busy.set(true);
        if (state.get() == ListState.FAILED) {
            // A retry shows progress in place of the error; a refresh of shown files stays quiet.
            failure.set(null);
            state.set(ListState.LOADING);
            summary.set("Loading…");
        }
        loads.run(catalog::listAll, this::show, this::fail);
    }

    private void show(List<FileObject> loaded) {
        files.setAll(loaded.stream().map(file -> FileRow.of(file, format)).toList());
        long bytes = loaded.stream().mapToLong(file -> file.bytes() == null ? 0 : file.bytes()).sum();
        failure.set(null);
        state.set(files.isEmpty() ? ListState.EMPTY : ListState.READY);
        summary.set(files.isEmpty() ? "0 files" : countText(files.size()) + ", " + format.byteSize(bytes));
        busy.set(false);
    }

    private void fail(Throwable error) {
        // The old rows may no longer be true: show the error in their place.
        files.clear();
        failure.set(LoadFailure.of(error));
        state.set(ListState.FAILED);
        summary.set("Files not loaded");
        busy.set(false);
    }

    private static String countText(int count) {
        return count == 1 ? "1 file" : count + " files";
    }

    /** The files, newest first (unmodifiable; sort a view of it). */
    public ObservableList<FileRow> files() {
        return readOnlyFiles;
    }

    public ReadOnlyObjectProperty<ListState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Whether a load is running, whatever is shown meanwhile. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Why the last load failed; null unless the state is {@link ListState#FAILED}. */
    public ReadOnlyObjectProperty<LoadFailure> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** "4 files, 12.4 KB" once loaded. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** "Local sandbox — http://127.0.0.1:…/v1". */
    public ReadOnlyStringProperty connectionProperty() {
        return connection.getReadOnlyProperty();
    }
}
