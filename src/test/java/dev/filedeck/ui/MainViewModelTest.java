package dev.filedeck.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filedeck.api.FileObject;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/** Command enablement without a window. */
class MainViewModelTest {

    private static FileObject file(String id) {
        return new FileObject(id, 10L, 0, null, id + ".jsonl", "batch", "processed", null, "{}");
    }

    @Test
    void downloadAndDeleteNeedASelectionAndDeleteWaitsForTheRunningBatch() {
        ObservableList<FileObject> selection = FXCollections.observableArrayList();
        SimpleBooleanProperty deleting = new SimpleBooleanProperty(false);
        MainViewModel commands = new MainViewModel(selection, deleting);
        assertFalse(commands.canDownloadProperty().get());
        assertFalse(commands.canDeleteProperty().get());

        selection.add(file("file-a"));
        assertTrue(commands.canDownloadProperty().get());
        assertTrue(commands.canDeleteProperty().get());

        deleting.set(true);
        assertTrue(commands.canDownloadProperty().get());
        assertFalse(commands.canDeleteProperty().get(), "one delete batch at a time");

        deleting.set(false);
        selection.clear();
        assertFalse(commands.canDeleteProperty().get());
    }
}
