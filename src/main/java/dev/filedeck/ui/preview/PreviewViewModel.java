package dev.filedeck.ui.preview;

import dev.filedeck.api.FileObject;
import dev.filedeck.inspect.BatchOutputSummary;
import dev.filedeck.inspect.FineTuneMetrics;
import dev.filedeck.inspect.JsonText;
import dev.filedeck.inspect.JsonlRecord;
import dev.filedeck.inspect.Preview;
import dev.filedeck.inspect.PreviewReader;
import dev.filedeck.ui.format.DisplayFormat;
import dev.filedeck.ui.format.SafeText;
import dev.filedeck.ui.task.BackgroundTasks;
import dev.filedeck.ui.task.LatestOnly;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The Preview tab's state. A preview loads only while the tab is shown and one file is selected;
 * a newer selection cancels an older load. "Load more" reads a further megabyte. No controls, no I/O.
 */
public final class PreviewViewModel {

    /** What the tab shows. */
    public enum State {
        /** A hint: nothing or several selected, or the tab not shown yet. */
        HINT,
        LOADING,
        SHOWN,
        FAILED
    }

    private final PreviewSource source;
    private final LatestOnly loads;
    private final DisplayFormat format;

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.HINT);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<Preview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyStringWrapper extentText = new ReadOnlyStringWrapper(this, "extentText", "");
    private final ReadOnlyBooleanWrapper canLoadMore = new ReadOnlyBooleanWrapper(this, "canLoadMore");
    private final ObservableList<String> summary = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlySummary = FXCollections.unmodifiableObservableList(summary);
    private final ReadOnlyStringWrapper recordText = new ReadOnlyStringWrapper(this, "recordText", "");
    private final ReadOnlyStringWrapper recordError = new ReadOnlyStringWrapper(this, "recordError", "");

    private List<FileObject> selection = List.of();
    private FileObject shownFile;
    private boolean active;
    private int limit = PreviewReader.FIRST_LIMIT;

    public PreviewViewModel(PreviewSource source, BackgroundTasks tasks, DisplayFormat format) {
        this.source = Objects.requireNonNull(source, "source");
        this.loads = new LatestOnly(tasks);
        this.format = Objects.requireNonNull(format, "format");
        showHint();
    }

    /** Follows the table's selection. */
    public void follow(ObservableList<FileObject> selected) {
        selected.addListener((ListChangeListener<FileObject>) change -> select(List.copyOf(selected)));
        select(List.copyOf(selected));
    }

    public void select(List<FileObject> files) {
        selection = List.copyOf(files);
        FileObject single = selection.size() == 1 ? selection.get(0) : null;
        if (single != null && shownFile != null && single.id().equals(shownFile.id()) && state.get() != State.HINT) {
            return; // the same file again (a refresh re-selects it): keep what is shown
        }
        loads.cancel();
        shownFile = null;
        limit = PreviewReader.FIRST_LIMIT;
        if (single != null && active) {
            load(single);
        } else {
            showHint();
        }
    }

    /** Whether the tab is shown: previews load only then. */
    public void setActive(boolean shown) {
        active = shown;
        if (shown && shownFile == null && selection.size() == 1) {
            load(selection.get(0));
        } else if (!shown && state.get() == State.LOADING) {
            loads.cancel();
            shownFile = null;
            showHint();
        }
    }

    /** Reads a further megabyte of the shown file. */
    public void loadMore() {
        if (canLoadMore.get() && shownFile != null) {
            limit += PreviewReader.FIRST_LIMIT;
            load(shownFile);
        }
    }

    /** Loads the shown file again (after a failure). */
    public void retry() {
        if (selection.size() == 1) {
            shownFile = null;
            load(selection.get(0));
        }
    }

    private void load(FileObject file) {
        shownFile = file;
        int asked = limit;
        state.set(State.LOADING);
        message.set(asked == PreviewReader.FIRST_LIMIT ? "Reading the start of " + name(file) + "…"
                : "Reading the first " + format.byteSize(asked) + " of " + name(file) + "…");
        canLoadMore.set(false);
        loads.run(() -> source.load(file, asked), this::shown, this::failed);
    }

    private void shown(Preview loaded) {
        // Cleared first: the view selects the first record as soon as the preview is set.
        recordText.set("");
        recordError.set("");
        preview.set(loaded);
        summary.setAll(summaryOf(loaded));
        extentText.set(extentOf(loaded));
        canLoadMore.set(loaded.extent().truncated() && !(loaded instanceof Preview.Image) && !(loaded instanceof Preview.Binary));
        message.set(loaded instanceof Preview.Refused refused ? refused.message() : "");
        state.set(State.SHOWN);
    }

    private void failed(Throwable error) {
        preview.set(null);
        summary.clear();
        extentText.set("");
        canLoadMore.set(false);
        String reason = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        message.set("The preview could not be loaded: " + SafeText.display(reason));
        state.set(State.FAILED);
    }

    private void showHint() {
        preview.set(null);
        summary.clear();
        extentText.set("");
        canLoadMore.set(false);
        recordText.set("");
        recordError.set("");
        message.set(selection.size() > 1 ? "Select a single file to preview it" : "Select a file to preview its content");
        state.set(State.HINT);
    }

    /** Shows one JSONL record pretty-printed (or as it is, with its error, when it is not JSON). */
    public void selectRecord(JsonlRecord record) {
        if (record == null) {
            recordText.set("");
            recordError.set("");
            return;
        }
        String pretty = record.valid() ? JsonText.pretty(record.text()) : null;
        recordText.set(pretty != null ? pretty : record.text());
        recordError.set(record.valid() ? "" : "Line " + record.line() + " is not valid JSON. " + record.error());
    }

    private String extentOf(Preview loaded) {
        Preview.Extent extent = loaded.extent();
        String kind;
        if (loaded instanceof Preview.Jsonl jsonl) {
            kind = "JSON Lines · " + format.count(jsonl.records().size()) + " records"
                    + (jsonl.invalid() > 0 ? ", " + format.count(jsonl.invalid()) + " invalid" : "");
        } else if (loaded instanceof Preview.Csv csv) {
            kind = "CSV · " + format.count(csv.rows().size()) + " rows";
        } else if (loaded instanceof Preview.Text text) {
            kind = text.kind().description();
        } else if (loaded instanceof Preview.Image image) {
            kind = image.kind().description();
        } else if (loaded instanceof Preview.Binary binary) {
            kind = binary.kind().description();
        } else {
            kind = "JSON";
        }
        if (loaded instanceof Preview.Refused) {
            return "";
        }
        if (extent.truncated()) {
            String of = extent.totalBytes() >= 0 ? " of " + format.byteSize(extent.totalBytes()) : "";
            return kind + " · first " + format.byteSize(extent.bytesRead()) + of;
        }
        return kind + " · " + format.byteSize(extent.bytesRead());
    }

    private List<String> summaryOf(Preview loaded) {
        List<String> lines = new ArrayList<>();
        if (loaded instanceof Preview.Jsonl jsonl && jsonl.batchSummary() != null) {
            BatchOutputSummary batch = jsonl.batchSummary();
            String scope = jsonl.extent().truncated() ? " (in the part read)" : "";
            lines.add(format.count(batch.lines()) + " results" + scope + ": " + format.count(batch.successes()) + " succeeded, "
                    + format.count(batch.failures()) + " failed");
            for (BatchOutputSummary.ErrorGroup group : batch.errors()) {
                String status = group.statusCode() == 0 ? "No response" : "HTTP " + group.statusCode();
                lines.add(status + " · " + SafeText.display(group.type()) + ": " + format.count(group.count()));
            }
        } else if (loaded instanceof Preview.Csv csv && csv.metrics() != null) {
            FineTuneMetrics metrics = csv.metrics();
            lines.add("Fine-tune results: " + format.count(metrics.steps()) + " steps");
            for (FineTuneMetrics.Metric metric : metrics.metrics()) {
                lines.add(SafeText.display(metric.name()) + ": " + number(metric.first()) + " → " + number(metric.last())
                        + " (min " + number(metric.min()) + ", max " + number(metric.max()) + ")");
            }
        }
        return lines;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%.1f" : "%.4f", value).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    }

    private static String name(FileObject file) {
        return SafeText.display(file.filename() == null || file.filename().isBlank() ? file.id() : file.filename());
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The hint, the loading note, a refusal or a failure; "" when content is shown. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Preview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** "JSON Lines · 3,412 records · first 1 MB of 50.3 MB". */
    public ReadOnlyStringProperty extentTextProperty() {
        return extentText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canLoadMoreProperty() {
        return canLoadMore.getReadOnlyProperty();
    }

    /** Lines above the records: batch output counts, fine-tune metrics. */
    public ObservableList<String> summary() {
        return readOnlySummary; // one wrapper: listeners on a throwaway one would be collected
    }

    /** The selected record, pretty-printed. */
    public ReadOnlyStringProperty recordTextProperty() {
        return recordText.getReadOnlyProperty();
    }

    /** Why the selected record is invalid, or "". */
    public ReadOnlyStringProperty recordErrorProperty() {
        return recordError.getReadOnlyProperty();
    }
}
