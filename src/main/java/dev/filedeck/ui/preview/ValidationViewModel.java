package dev.filedeck.ui.preview;

import dev.filedeck.api.FileObject;
import dev.filedeck.inspect.Problem;
import dev.filedeck.inspect.ValidationReport;
import dev.filedeck.ui.format.DisplayFormat;
import dev.filedeck.ui.format.SafeText;
import dev.filedeck.ui.task.BackgroundTasks;
import dev.filedeck.ui.task.ProgressWork;
import dev.filedeck.ui.task.TaskHandle;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A remote file streamed through the validator: progress while it runs, then the verdict and the
 * listed problems ("12:5 message"). Cancel stops the download. No controls, no I/O.
 */
public final class ValidationViewModel {

    private final FileObject file;
    private final DisplayFormat format;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict", "");
    private final ReadOnlyBooleanWrapper hasErrors = new ReadOnlyBooleanWrapper(this, "hasErrors");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyProblems = FXCollections.unmodifiableObservableList(problems);
    private TaskHandle task;

    public ValidationViewModel(FileObject file, DisplayFormat format) {
        this.file = file;
        this.format = format;
    }

    /** Starts the validation; {@code work} reports the bytes read so far. */
    public void start(BackgroundTasks tasks, ProgressWork<ValidationReport, Long> work) {
        running.set(true);
        status.set("Reading " + name() + "…");
        task = tasks.runWithProgress(work, this::progressed, this::finished, this::failed);
    }

    private void progressed(Long bytes) {
        Long total = file.bytes();
        if (total != null && total > 0) {
            progress.set(Math.min(1, bytes / (double) total));
            status.set("Checked " + format.byteSize(bytes) + " of " + format.byteSize(total));
        } else {
            status.set("Checked " + format.byteSize(bytes));
        }
    }

    private void finished(ValidationReport report) {
        task = null;
        running.set(false);
        progress.set(1);
        hasErrors.set(report.hasErrors());
        String counted = format.count(report.lines()) + (report.lines() == 1 ? " line" : " lines") + " of " + report.format()
                + " data, " + format.byteSize(report.bytes());
        verdict.set(report.verdict().equals("OK") ? "No problems found" : report.verdict());
        status.set(counted + (report.moreThanListed() ? " · the first " + format.count(report.problems().size()) + " problems are listed" : ""));
        problems.setAll(report.problems().stream().map(this::line).toList());
    }

    private String line(Problem problem) {
        return (problem.isError() ? "Error  " : "Warning  ") + SafeText.display(problem.describe());
    }

    private void failed(Throwable error) {
        task = null;
        running.set(false);
        progress.set(0);
        verdict.set("Not checked");
        status.set("The file could not be read: " + SafeText.display(String.valueOf(error.getMessage())));
    }

    /** Stops a running validation. */
    public void cancel() {
        if (task != null) {
            task.cancel();
            task = null;
            running.set(false);
            verdict.set("Cancelled");
        }
    }

    private String name() {
        return SafeText.display(file.filename() == null ? file.id() : file.filename());
    }

    public String title() {
        return "Validate " + name();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0 to 1, -1 while the size is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** "No problems found", "3 errors, 1 warning", "Cancelled"; "" while running. */
    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasErrorsProperty() {
        return hasErrors.getReadOnlyProperty();
    }

    /** "Error  12:5 …", at most the first 100. */
    public ObservableList<String> problems() {
        return readOnlyProblems; // one wrapper: listeners on a throwaway one would be collected
    }
}
