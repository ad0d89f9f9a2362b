package dev.filedeck.ui.delete;

import dev.filedeck.api.FileObject;
import dev.filedeck.ui.dialog.DialogService;
import dev.filedeck.ui.format.DisplayFormat;
import dev.filedeck.ui.task.BackgroundTasks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Deleting the selected files: a confirmation that names them, the deletes in the background a few
 * at a time, progress ("Deleting 2 of 3…"), the files view told which ids are gone, and one summary
 * of the failures at the end. One batch at a time.
 */
public final class DeleteViewModel {

    private final FileDeleter deleter;
    private final DialogService dialogs;
    private final BackgroundTasks tasks;
    private final DisplayFormat format;
    private final Consumer<Set<String>> onDeleted;

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    /**
     * @param onDeleted told, on the UI thread, of the ids of the files that are gone (once per batch)
     */
    public DeleteViewModel(FileDeleter deleter, DialogService dialogs, BackgroundTasks tasks, DisplayFormat format,
                           Consumer<Set<String>> onDeleted) {
        this.deleter = deleter;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.format = format;
        this.onDeleted = onDeleted;
    }

    /**
     * Asks, then deletes exactly these files (the selection, across pages if it spans them). Call on
     * the UI thread: the confirmation is a modal question.
     *
     * @return whether deleting started: false when nothing was selected, a batch still runs, or the
     *         user declined
     */
    public boolean deleteSelected(List<FileObject> selection) {
        if (running.get() || selection.isEmpty()) {
            return false;
        }
        List<FileObject> files = eachOnce(selection);
        DeleteConfirmation question = DeleteConfirmation.of(files, format);
        if (!dialogs.confirm(question.title(), question.header(), question.details(), question.confirmLabel())) {
            return false;
        }
        int total = files.size();
        running.set(true);
        status.set(progressText(0, total));
        tasks.runWithProgress(new DeleteBatch(deleter, files),
                progress -> status.set(progressText(progress.finished(), progress.total())),
                outcome -> finished(outcome, total),
                this::broke);
        return true;
    }

    private void finished(DeleteOutcome outcome, int total) {
        running.set(false);
        int deleted = outcome.deletedIds().size();
        status.set(outcome.failures().isEmpty() ? "Deleted " + format.files(deleted)
                : "Deleted " + format.count(deleted) + " of " + format.files(total) + ", " + format.count(outcome.failures().size()) + " failed");
        if (deleted > 0) {
            onDeleted.accept(outcome.deletedIds());
        }
        if (!outcome.failures().isEmpty()) {
            DeleteReport report = DeleteReport.of(outcome, total, format);
            dialogs.showError("Delete files", report.header(), report.details());
        }
    }

    private void broke(Throwable error) {
        running.set(false);
        status.set("Deleting stopped");
        dialogs.showError("Delete files", "Deleting stopped", String.valueOf(error.getMessage()));
    }

    /** "Deleting 2 of 3…": the one under way, counting those answered. */
    private String progressText(int finished, int total) {
        return "Deleting " + format.count(Math.min(finished + 1, total)) + " of " + format.count(total) + "…";
    }

    /** A selection gathered across pages may hold a file twice; it is deleted and counted once. */
    private static List<FileObject> eachOnce(List<FileObject> selection) {
        Map<String, FileObject> byId = new LinkedHashMap<>();
        selection.forEach(file -> byId.putIfAbsent(file.id(), file));
        return List.copyOf(byId.values());
    }

    /** Whether a batch runs: the Delete command is unavailable meanwhile. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** "Deleting 2 of 3…" while running, then what happened ("Deleted 3 files"), for the status bar. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
