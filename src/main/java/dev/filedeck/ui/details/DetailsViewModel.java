package dev.filedeck.ui.details;

import dev.filedeck.api.FileObject;
import dev.filedeck.ui.files.TextClipboard;
import dev.filedeck.ui.format.DisplayFormat;
import dev.filedeck.ui.format.SafeText;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the details panel shows for a selection: every field of one file (dates in local time and
 * UTC, the provider's own fields, the raw JSON), a summary of several, or a hint for none. No
 * controls, no I/O.
 */
public final class DetailsViewModel {

    /** How many files a summary of several lists by name. */
    static final int LISTED_FILES = 20;
    private static final String NOT_REPORTED = "Not reported";

    /** What is selected. */
    public enum Mode {
        NONE, ONE, MANY
    }

    private final DisplayFormat format;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(this, "mode", Mode.NONE);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper(this, "subtitle", "");
    private final ReadOnlyStringWrapper rawJson = new ReadOnlyStringWrapper(this, "rawJson", "");
    private final ObservableList<DetailField> fields = FXCollections.observableArrayList();
    private final ObservableList<DetailField> extraFields = FXCollections.observableArrayList();
    private final ObservableList<DetailField> listedFiles = FXCollections.observableArrayList();
    private final ObservableList<DetailField> readOnlyListedFiles = FXCollections.unmodifiableObservableList(listedFiles);
    private final ObservableList<DetailField> readOnlyFields = FXCollections.unmodifiableObservableList(fields);
    private final ObservableList<DetailField> readOnlyExtraFields = FXCollections.unmodifiableObservableList(extraFields);
    private List<FileObject> shown = List.of();

    public DetailsViewModel(DisplayFormat format) {
        this(format, Clock.systemUTC());
    }

    /** @param clock "now" for the relative expiry ("in 3 days") */
    public DetailsViewModel(DisplayFormat format, Clock clock) {
        this.format = Objects.requireNonNull(format, "format");
        this.clock = Objects.requireNonNull(clock, "clock");
        show(List.of());
    }

    /** Shows this selection now and follows its changes (e.g. {@code FilesViewModel.selectedFiles()}). */
    public void follow(ObservableList<FileObject> selection) {
        selection.addListener((ListChangeListener<FileObject>) change -> show(List.copyOf(selection)));
        show(List.copyOf(selection));
    }

    public void show(List<FileObject> selection) {
        shown = List.copyOf(selection);
        fields.clear();
        extraFields.clear();
        listedFiles.clear();
        rawJson.set("");
        switch (shown.size()) {
            case 0 -> showNone();
            case 1 -> showOne(shown.get(0));
            default -> showMany(shown);
        }
    }

    private void showNone() {
        mode.set(Mode.NONE);
        title.set("Select a file to see its details");
        subtitle.set("");
    }

    private void showOne(FileObject file) {
        Instant now = clock.instant();
        String name = file.filename() == null || file.filename().isBlank() ? file.id() : file.filename();
        title.set(SafeText.display(name));
        subtitle.set(SafeText.display(file.purpose()) + (file.bytes() == null ? "" : " · " + format.byteSize(file.bytes())));

        List<DetailField> lines = new ArrayList<>();
        lines.add(new DetailField("ID", SafeText.revealed(file.id())));
        lines.add(new DetailField("Name", file.filename() == null ? NOT_REPORTED : SafeText.revealed(file.filename())));
        lines.add(new DetailField("Purpose", file.purpose() == null ? NOT_REPORTED : SafeText.revealed(file.purpose())));
        lines.add(new DetailField("Size", file.bytes() == null ? NOT_REPORTED : sizeText(file.bytes())));
        lines.add(new DetailField("Status", file.status() == null ? NOT_REPORTED : SafeText.revealed(file.status())));
        if (file.statusDetails() != null && !file.statusDetails().isBlank()) {
            lines.add(new DetailField("Status details", SafeText.revealed(file.statusDetails())));
        }
        if (file.createdAt() > 0) {
            lines.add(new DetailField("Created", format.fullDateTime(file.created())));
            lines.add(new DetailField("Created (UTC)", format.utcDateTime(file.created())));
        } else {
            lines.add(new DetailField("Created", NOT_REPORTED));
        }
        file.expires().ifPresentOrElse(expires -> {
            lines.add(new DetailField("Expires", format.relativeExpiry(expires, now) + " · " + format.fullDateTime(expires)));
            lines.add(new DetailField("Expires (UTC)", format.utcDateTime(expires)));
        }, () -> lines.add(new DetailField("Expires", "Never")));
        fields.setAll(lines);

        RawJson.Parsed raw = RawJson.parse(file.rawJson());
        extraFields.setAll(raw.extraFields());
        rawJson.set(raw.pretty());
        mode.set(Mode.ONE);
    }

    /** "12.4 KB (12,400 bytes)"; just "512 bytes" when the two would say the same. */
    private String sizeText(long bytes) {
        String human = format.byteSize(bytes);
        String exact = format.exactBytes(bytes);
        return human.equals(exact) ? exact : human + " (" + exact + ")";
    }

    private void showMany(List<FileObject> files) {
        long bytes = files.stream().mapToLong(file -> file.bytes() == null ? 0 : file.bytes()).sum();
        boolean allSized = files.stream().allMatch(file -> file.bytes() != null);
        title.set(format.count(files.size()) + " files selected");
        subtitle.set(sizeText(bytes) + " in all" + (allSized ? "" : ", not counting files of unknown size"));
        List<DetailField> lines = new ArrayList<>();
        for (FileObject file : files.subList(0, Math.min(LISTED_FILES, files.size()))) {
            String name = file.filename() == null || file.filename().isBlank() ? file.id() : file.filename();
            lines.add(new DetailField(SafeText.display(name), file.bytes() == null ? "—" : format.byteSize(file.bytes())));
        }
        if (files.size() > LISTED_FILES) {
            lines.add(new DetailField("and " + format.count(files.size() - LISTED_FILES) + " more", ""));
        }
        listedFiles.setAll(lines);
        mode.set(Mode.MANY);
    }

    /**
     * Copies the shown file's id (the ids, one a line, for several).
     *
     * @return false when nothing is shown
     */
    public boolean copyId(TextClipboard clipboard) {
        if (shown.isEmpty()) {
            return false;
        }
        clipboard.putText(String.join("\n", shown.stream().map(FileObject::id).toList()));
        return true;
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    /** The file's name, "3 files selected", or the hint to select one. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Purpose and size of one file; the total size of several. */
    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }

    /** One file's fields; empty unless one file is shown. */
    public ObservableList<DetailField> fields() {
        return readOnlyFields;
    }

    /** Several files' names and sizes (the first {@value #LISTED_FILES}); empty unless several are shown. */
    public ObservableList<DetailField> listedFiles() {
        return readOnlyListedFiles;
    }

    /** Fields of the provider's own, beyond OpenAI's file object. */
    public ObservableList<DetailField> extraFields() {
        return readOnlyExtraFields;
    }

    /** The file object's JSON, indented; empty unless one file is shown. */
    public ReadOnlyStringProperty rawJsonProperty() {
        return rawJson.getReadOnlyProperty();
    }
}
