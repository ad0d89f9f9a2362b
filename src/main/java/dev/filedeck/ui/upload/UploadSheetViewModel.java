package dev.filedeck.ui.upload;

import dev.filedeck.api.UploadRequest;
import dev.filedeck.inspect.JsonlFormat;
import dev.filedeck.inspect.Problem;
import dev.filedeck.inspect.ValidationReport;
import dev.filedeck.settings.Capabilities;
import dev.filedeck.settings.UiSettings;
import dev.filedeck.transfer.TransferService;
import dev.filedeck.ui.format.DisplayFormat;
import dev.filedeck.ui.format.SafeText;
import dev.filedeck.ui.task.BackgroundTasks;
import dev.filedeck.ui.task.ProgressWork;
import dev.filedeck.ui.task.TaskHandle;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The upload sheet's state: the files to upload with their sizes and problems, the purpose and
 * expiry, and what will be skipped and why, re-judged whenever the purpose changes. Confirming
 * queues one upload per file that can go. The files are read by a background scan; nothing here
 * touches the disk, the network or a control.
 *
 * <p>Each file's content is checked for the chosen purpose in the background, one file after the
 * other, whenever the purpose changes: errors block the upload until the user overrides them,
 * warnings do not.
 */
public final class UploadSheetViewModel {

    private final Capabilities capabilities;
    private final UiSettings settings;
    private final TransferService transfers;
    private final BackgroundTasks tasks;
    private final DisplayFormat format;
    private final Consumer<PurposeMemory> onPurposeChosen;

    private final ObservableList<UploadRow> rows = FXCollections.observableArrayList();
    private final ObservableList<UploadRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<String> purposes;
    private final ObservableList<ExpiryChoice> expiryChoices = FXCollections.unmodifiableObservableList(
            FXCollections.observableArrayList(ExpiryChoice.values()));
    private final ObjectProperty<String> purpose = new SimpleObjectProperty<>(this, "purpose");
    private final ObjectProperty<ExpiryChoice> expiry = new SimpleObjectProperty<>(this, "expiry", ExpiryChoice.NEVER);
    private final ReadOnlyBooleanWrapper expiryAvailable = new ReadOnlyBooleanWrapper(this, "expiryAvailable");
    private final ReadOnlyBooleanWrapper scanning = new ReadOnlyBooleanWrapper(this, "scanning");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper skipNote = new ReadOnlyStringWrapper(this, "skipNote", "");
    private final ReadOnlyStringWrapper scanNote = new ReadOnlyStringWrapper(this, "scanNote", "");
    private final ReadOnlyStringWrapper uploadLabel = new ReadOnlyStringWrapper(this, "uploadLabel", "Upload");
    private final ReadOnlyBooleanWrapper canUpload = new ReadOnlyBooleanWrapper(this, "canUpload");
    private final ReadOnlyObjectWrapper<SheetOutcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");
    private final ReadOnlyBooleanWrapper hasErrors = new ReadOnlyBooleanWrapper(this, "hasErrors");
    private final BooleanProperty overrideErrors = new SimpleBooleanProperty(this, "overrideErrors");
    private final ReadOnlyStringWrapper checkNote = new ReadOnlyStringWrapper(this, "checkNote", "");

    private final LocalValidation validation;
    private final Map<LocalFile, ValidationReport> reports = new HashMap<>();
    private final Map<LocalFile, String> checkFailures = new HashMap<>();
    private final Deque<LocalFile> toCheck = new ArrayDeque<>();
    private LocalFile checkingFile;
    private TaskHandle check;

    private List<LocalFile> files = List.of();
    private TaskHandle scan;
    // Once the user picked a purpose, a scan that finishes later must not overrule them.
    private boolean purposePickedByUser;
    private boolean presettingPurpose;

    /**
     * @param settings the remembered settings, for the preselected purpose
     * @param onPurposeChosen told of the purpose uploaded with, to remember it
     */
    public UploadSheetViewModel(Capabilities capabilities, UiSettings settings, TransferService transfers,
                                BackgroundTasks tasks, DisplayFormat format, Consumer<PurposeMemory> onPurposeChosen) {
        this(capabilities, settings, transfers, tasks, format, onPurposeChosen, null);
    }

    /** @param validation checks the files' content for the purpose; null checks nothing */
    public UploadSheetViewModel(Capabilities capabilities, UiSettings settings, TransferService transfers,
                                BackgroundTasks tasks, DisplayFormat format, Consumer<PurposeMemory> onPurposeChosen,
                                LocalValidation validation) {
        this.validation = validation;
        this.capabilities = capabilities;
        this.settings = settings;
        this.transfers = transfers;
        this.tasks = tasks;
        this.format = format;
        this.onPurposeChosen = onPurposeChosen;
        this.purposes = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(capabilities.uploadPurposes()));
        expiryAvailable.set(capabilities.expiresAfter());
        presetPurpose(PurposeSuggestion.choose(List.of(), capabilities, settings));
        purpose.addListener((property, old, now) -> {
            purposePickedByUser |= !presettingPurpose;
            judge();
            startChecks();
        });
        overrideErrors.addListener((property, old, now) -> judge());
        expiry.addListener((property, old, now) -> {
            if (now == null || !capabilities.expiresAfter()) {
                expiry.set(ExpiryChoice.NEVER); // a server without expiry gets none, whatever the view sets
            }
        });
        judge();
    }

    /** Reads the files in the background; the sheet shows the scan's progress meanwhile. */
    public void load(ProgressWork<ScanResult, Integer> scanWork) {
        cancelScan();
        files = List.of();
        scanning.set(true);
        status.set("Reading files…");
        judge();
        scan = tasks.runWithProgress(scanWork,
                found -> status.set("Reading files… " + format.count(found) + " found"),
                this::scanned,
                this::scanFailed);
    }

    /** Shows files already read, without a scan. */
    public void show(ScanResult result) {
        cancelScan();
        scanned(result);
    }

    private void scanned(ScanResult result) {
        scan = null;
        scanning.set(false);
        files = result.files();
        status.set(files.isEmpty() ? "No files found." : "");
        scanNote.set(scanNoteFor(result));
        if (!purposePickedByUser) {
            presetPurpose(PurposeSuggestion.choose(files, capabilities, settings));
        }
        judge();
        startChecks();
    }

    private void scanFailed(Throwable error) {
        scan = null;
        scanning.set(false);
        files = List.of();
        status.set("The files could not be read: " + error.getMessage());
        judge();
    }

    private void presetPurpose(String value) {
        presettingPurpose = true;
        try {
            purpose.set(value);
        } finally {
            presettingPurpose = false;
        }
    }

    /** Re-judges every file against the limit of the chosen purpose. */
    private void judge() {
        long limit = purpose.get() == null ? capabilities.maxFileBytes() : capabilities.limitFor(purpose.get());
        List<UploadRow> judged = new ArrayList<>(files.size());
        Map<UploadProblem, Integer> skipped = new EnumMap<>(UploadProblem.class);
        int going = 0;
        long goingBytes = 0;
        for (LocalFile file : files) {
            UploadProblem problem = UploadProblem.of(file, limit);
            judged.add(row(file, problem, limit));
            if (problem == null) {
                going++;
                goingBytes += file.size();
            } else {
                skipped.merge(problem, 1, Integer::sum);
            }
        }
        rows.setAll(judged);
        summary.set(scanning.get() || files.isEmpty() ? "" : going == 0 ? "Nothing to upload"
                : format.files(going) + " · " + format.byteSize(goingBytes));
        skipNote.set(skipNoteFor(skipped, limit));
        uploadLabel.set(going == 0 ? "Upload" : "Upload " + format.files(going));
        boolean errors = reports.values().stream().anyMatch(ValidationReport::hasErrors);
        hasErrors.set(errors);
        checkNote.set(checkNoteText());
        canUpload.set(going > 0 && purpose.get() != null && !scanning.get() && outcome.get() == null
                && !checking.get() && (!errors || overrideErrors.get()));
    }

    private UploadRow row(LocalFile file, UploadProblem problem, long limit) {
        String name = SafeText.display(file.displayName());
        String size = file.readable() ? format.byteSize(file.size()) : "—";
        String exact = file.readable() ? format.exactBytes(file.size()) : "";
        String problemText = problemText(problem, limit);
        ValidationReport report = reports.get(file);
        if (report != null) {
            UploadRow.Check state = report.hasErrors() ? UploadRow.Check.ERRORS
                    : report.warnings() > 0 ? UploadRow.Check.WARNINGS : UploadRow.Check.OK;
            List<String> findings = new ArrayList<>(report.problems().stream().map(UploadSheetViewModel::finding).toList());
            if (report.moreThanListed()) {
                findings.add("… and " + format.count(report.errors() + report.warnings() - report.problems().size()) + " more");
            }
            return new UploadRow(name, size, exact, problemText, state, report.verdict(), findings);
        }
        if (checkFailures.containsKey(file)) {
            return new UploadRow(name, size, exact, problemText, UploadRow.Check.FAILED, "Not checked",
                    List.of(checkFailures.get(file)));
        }
        if (file.equals(checkingFile) || toCheck.contains(file)) {
            return new UploadRow(name, size, exact, problemText, UploadRow.Check.CHECKING, "Checking…", List.of());
        }
        return new UploadRow(name, size, exact, problemText);
    }

    private static String finding(Problem problem) {
        return (problem.isError() ? "Error " : "Warning ") + SafeText.display(problem.describe());
    }

    private String checkNoteText() {
        if (checking.get()) {
            return "";
        }
        long withErrors = reports.values().stream().filter(ValidationReport::hasErrors).count();
        if (withErrors == 0) {
            return checkFailures.isEmpty() ? "" : format.files(checkFailures.size()) + " could not be checked.";
        }
        return (withErrors == 1 ? "1 file has errors" : format.count(withErrors) + " files have errors")
                + " the server is likely to refuse. Fix " + (withErrors == 1 ? "it" : "them") + ", or upload anyway.";
    }

    // ---- content checks ---------------------------------------------------------------------------

    /** Checks every file that can go, one after the other, for the chosen purpose. */
    private void startChecks() {
        cancelChecks();
        reports.clear();
        checkFailures.clear();
        overrideErrors.set(false);
        String chosen = purpose.get();
        if (validation != null && chosen != null && !scanning.get()) {
            long limit = capabilities.limitFor(chosen);
            for (LocalFile file : files) {
                if (UploadProblem.of(file, limit) == null && JsonlFormat.forUpload(chosen, file.uploadName()).isPresent()) {
                    toCheck.add(file);
                }
            }
        }
        checkNext();
    }

    private void checkNext() {
        LocalFile file = toCheck.poll();
        checkingFile = file;
        checking.set(file != null);
        if (file == null) {
            judge();
            return;
        }
        judge();
        String chosen = purpose.get();
        JsonlFormat checkedAs = JsonlFormat.forUpload(chosen, file.uploadName()).orElseThrow();
        String name = SafeText.display(file.displayName());
        checkNoteProgress(name, 0, file.size());
        check = tasks.runWithProgress(validation.check(file, checkedAs, capabilities.limitFor(chosen)),
                bytes -> checkNoteProgress(name, bytes, file.size()),
                report -> {
                    check = null;
                    reports.put(file, report);
                    checkNext();
                },
                error -> {
                    check = null;
                    checkFailures.put(file, "Could not be read: " + SafeText.display(String.valueOf(error.getMessage())));
                    checkNext();
                });
    }

    private void checkNoteProgress(String name, long bytes, long size) {
        long percent = size <= 0 ? 0 : Math.min(100, bytes * 100 / size);
        checkNote.set("Checking " + name + "… " + percent + " %");
    }

    private void cancelChecks() {
        if (check != null) {
            check.cancel();
            check = null;
        }
        toCheck.clear();
        checkingFile = null;
        checking.set(false);
    }

    private String problemText(UploadProblem problem, long limit) {
        if (problem == null) {
            return "";
        }
        return switch (problem) {
            case UNREADABLE -> "Cannot be read";
            case EMPTY -> "Empty file";
            case OVER_LIMIT -> "Over the " + LimitText.of(limit, format) + " limit for " + purpose.get();
        };
    }

    /** "2 files over the 512 MB limit for batch and 1 empty file will be skipped." */
    private String skipNoteFor(Map<UploadProblem, Integer> skipped, long limit) {
        List<String> parts = new ArrayList<>();
        skipped.forEach((problem, count) -> parts.add(switch (problem) {
            case OVER_LIMIT -> format.files(count) + " over the " + LimitText.of(limit, format) + " limit for " + purpose.get();
            case EMPTY -> count == 1 ? "1 empty file" : format.count(count) + " empty files";
            case UNREADABLE -> count == 1 ? "1 file that cannot be read" : format.count(count) + " files that cannot be read";
        }));
        if (parts.isEmpty()) {
            return "";
        }
        String listed = parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        return Character.toUpperCase(listed.charAt(0)) + listed.substring(1) + " will be skipped.";
    }

    private String scanNoteFor(ScanResult result) {
        List<String> notes = new ArrayList<>();
        if (result.truncated()) {
            notes.add("Only the first " + format.count(LocalFileScan.MAX_FILES) + " files are listed.");
        }
        if (result.hiddenSkipped() > 0) {
            notes.add(result.hiddenSkipped() == 1 ? "1 hidden item in the folders was left out."
                    : format.count(result.hiddenSkipped()) + " hidden items in the folders were left out.");
        }
        if (result.unreadableFolders() > 0) {
            notes.add(result.unreadableFolders() == 1 ? "1 folder could not be read."
                    : format.count(result.unreadableFolders()) + " folders could not be read.");
        }
        return String.join(" ", notes);
    }

    /** Queues one upload per file that can go, and closes the sheet. */
    public void upload() {
        if (!canUpload.get()) {
            return;
        }
        String chosen = purpose.get();
        long limit = capabilities.limitFor(chosen);
        Set<String> extensions = new LinkedHashSet<>();
        for (LocalFile file : files) {
            if (UploadProblem.of(file, limit) == null) {
                transfers.enqueueUpload(UploadRequest.of(file.path(), chosen).withExpiresAfter(expiry.get().after()));
                if (!file.extension().isEmpty()) {
                    extensions.add(file.extension());
                }
            }
        }
        outcome.set(SheetOutcome.UPLOADED);
        canUpload.set(false);
        onPurposeChosen.accept(new PurposeMemory(chosen, extensions));
    }

    /** Closes the sheet without queueing anything. */
    public void cancel() {
        if (outcome.get() != null) {
            return;
        }
        cancelScan();
        cancelChecks();
        outcome.set(SheetOutcome.CANCELLED);
        canUpload.set(false);
    }

    private void cancelScan() {
        if (scan != null) {
            scan.cancel();
            scan = null;
        }
    }

    /** The files with their sizes and problems, in upload order. */
    public ObservableList<UploadRow> rows() {
        return readOnlyRows;
    }

    /** The purposes the connection offers. */
    public ObservableList<String> purposes() {
        return purposes;
    }

    /** The chosen purpose; the view binds it both ways. */
    public ObjectProperty<String> purposeProperty() {
        return purpose;
    }

    public ObservableList<ExpiryChoice> expiryChoices() {
        return expiryChoices;
    }

    /** When the uploaded files should expire; stays {@link ExpiryChoice#NEVER} unless the server takes an expiry. */
    public ObjectProperty<ExpiryChoice> expiryProperty() {
        return expiry;
    }

    public ReadOnlyBooleanProperty expiryAvailableProperty() {
        return expiryAvailable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty scanningProperty() {
        return scanning.getReadOnlyProperty();
    }

    /** "Reading files… 120 found" while scanning, a reason when nothing can be listed, else "". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** "3 files · 1.2 KB": what will be uploaded. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What will be skipped and why, or "". */
    public ReadOnlyStringProperty skipNoteProperty() {
        return skipNote.getReadOnlyProperty();
    }

    /** What the scan left out (hidden items, unreadable folders, files past the cap), or "". */
    public ReadOnlyStringProperty scanNoteProperty() {
        return scanNote.getReadOnlyProperty();
    }

    /** "Upload 3 files". */
    public ReadOnlyStringProperty uploadLabelProperty() {
        return uploadLabel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUploadProperty() {
        return canUpload.getReadOnlyProperty();
    }

    /** Whether file contents are being checked; Upload waits for the checks. */
    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    /** Whether a check found errors: Upload then needs {@link #overrideErrorsProperty()}. */
    public ReadOnlyBooleanProperty hasErrorsProperty() {
        return hasErrors.getReadOnlyProperty();
    }

    /** The user's "upload despite the errors"; reset when the purpose changes. */
    public BooleanProperty overrideErrorsProperty() {
        return overrideErrors;
    }

    /** "Checking train.jsonl… 42 %", what the checks found, or "". */
    public ReadOnlyStringProperty checkNoteProperty() {
        return checkNote.getReadOnlyProperty();
    }

    /** Null while the sheet is open; how it was closed afterwards. */
    public ReadOnlyObjectProperty<SheetOutcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }
}
