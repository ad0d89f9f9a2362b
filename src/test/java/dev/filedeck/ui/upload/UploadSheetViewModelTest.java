package dev.filedeck.ui.upload;

import dev.filedeck.api.UploadRequest;
import dev.filedeck.settings.Capabilities;
import dev.filedeck.settings.UiSettings;
import dev.filedeck.ui.format.DisplayFormat;
import dev.filedeck.ui.task.DeferredBackgroundTasks;
import dev.filedeck.ui.task.ImmediateBackgroundTasks;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sheet's logic, without a toolkit or a disk: files are given as the scan would find them. */
class UploadSheetViewModelTest {

    private static final DisplayFormat FORMAT = new DisplayFormat(ZoneOffset.UTC, Locale.ROOT);
    /** Small limits, so that real-sized test files cross them: 1000 bytes a file, 500 for batch. */
    private static final Capabilities SMALL = new Capabilities(List.of("fine-tune", "batch"), "fine-tune", true, 1000, 500);
    private static final Capabilities OPEN_AI = Capabilities.openAi();

    private final RecordingTransfers transfers = new RecordingTransfers();
    private final List<PurposeMemory> remembered = new ArrayList<>();

    private UploadSheetViewModel sheet(Capabilities capabilities, UiSettings settings, LocalFile... files) {
        UploadSheetViewModel sheet = new UploadSheetViewModel(capabilities, settings, transfers, new ImmediateBackgroundTasks(), FORMAT,
                remembered::add);
        sheet.show(new ScanResult(List.of(files), 0, 0, false));
        return sheet;
    }

    private static LocalFile file(String name, long size) {
        return new LocalFile(Path.of("/data", name), name, size, true);
    }

    private static UiSettings settings(String lastPurpose, Map<String, String> byExtension) {
        UiSettings settings = UiSettings.defaults();
        for (Map.Entry<String, String> entry : byExtension.entrySet()) {
            settings = settings.withPurposeChoice(entry.getKey(), entry.getValue());
        }
        return lastPurpose == null ? settings : settings.withPurposeChoice(null, lastPurpose);
    }

    @Test
    void thePurposeRememberedForTheExtensionComesFirst() {
        UiSettings settings = settings("evals", Map.of("jsonl", "batch"));

        assertEquals("batch", sheet(OPEN_AI, settings, file("train.jsonl", 10), file("more.jsonl", 10)).purposeProperty().get());
    }

    @Test
    void thenWhatTheNamesSuggestWhenEveryFileAgrees() {
        UiSettings settings = settings("evals", Map.of("csv", "batch"));

        assertEquals("vision", sheet(OPEN_AI, settings, file("a.png", 10), file("b.jpg", 10)).purposeProperty().get());
        // A mixed drop suggests nothing: the last purpose chosen wins.
        assertEquals("evals", sheet(OPEN_AI, settings, file("a.png", 10), file("train.jsonl", 10)).purposeProperty().get());
    }

    @Test
    void thenTheLastPurposeThenTheDefault() {
        assertEquals("evals", sheet(OPEN_AI, settings("evals", Map.of()), file("notes.bin", 10)).purposeProperty().get());
        assertEquals("fine-tune", sheet(OPEN_AI, UiSettings.defaults(), file("notes.bin", 10)).purposeProperty().get());
    }

    @Test
    void neverPreselectsAPurposeTheConnectionDoesNotOffer() {
        // Remembered from another connection: "vision" is not offered here, nor suggested for a png.
        UiSettings settings = settings("user_data", Map.of("png", "vision"));

        assertEquals("fine-tune", sheet(SMALL, settings, file("a.png", 10)).purposeProperty().get());
    }

    @Test
    void theLimitIsJudgedAgainForEachPurpose() {
        UploadSheetViewModel sheet = sheet(SMALL, UiSettings.defaults(),
                file("small.jsonl", 300), file("middle.jsonl", 700), file("large.jsonl", 1200));
        assertEquals("fine-tune", sheet.purposeProperty().get());

        assertEquals(List.of("", "", "Over the 1.0 KB limit for fine-tune"), problems(sheet));
        assertEquals("1 file over the 1.0 KB limit for fine-tune will be skipped.", sheet.skipNoteProperty().get());
        assertEquals("2 files · 1.0 KB", sheet.summaryProperty().get());
        assertEquals("Upload 2 files", sheet.uploadLabelProperty().get());

        sheet.purposeProperty().set("batch");

        assertEquals(List.of("", "Over the 500 bytes limit for batch", "Over the 500 bytes limit for batch"), problems(sheet));
        assertEquals("2 files over the 500 bytes limit for batch will be skipped.", sheet.skipNoteProperty().get());
        assertEquals("1 file · 300 bytes", sheet.summaryProperty().get());
        assertEquals("Upload 1 file", sheet.uploadLabelProperty().get());
    }

    @Test
    void emptyAndUnreadableFilesAreSkippedWithTheirReason() {
        LocalFile locked = new LocalFile(Path.of("/data/locked.jsonl"), "locked.jsonl", 10, false);
        UploadSheetViewModel sheet = sheet(SMALL, UiSettings.defaults(), file("empty.jsonl", 0), locked, file("big.jsonl", 5000));

        assertEquals(List.of("Empty file", "Cannot be read", "Over the 1.0 KB limit for fine-tune"), problems(sheet));
        assertEquals("1 file that cannot be read, 1 empty file and 1 file over the 1.0 KB limit for fine-tune will be skipped.",
                sheet.skipNoteProperty().get());
        assertEquals("Nothing to upload", sheet.summaryProperty().get());
        assertFalse(sheet.canUploadProperty().get());

        sheet.upload();

        assertEquals(List.of(), transfers.uploads);
        assertNull(sheet.outcomeProperty().get());
    }

    @Test
    void providerLimitsAreWrittenAsProvidersWriteThem() {
        UploadSheetViewModel sheet = sheet(OPEN_AI, UiSettings.defaults(), file("huge.jsonl", 300L * 1024 * 1024));
        sheet.purposeProperty().set("batch");

        assertEquals(List.of("Over the 200 MB limit for batch"), problems(sheet));
    }

    @Test
    void uploadQueuesEachFileThatCanGoWithThePurposeAndExpiryAndRemembersThePurpose() {
        UploadSheetViewModel sheet = sheet(SMALL, UiSettings.defaults(),
                file("a.jsonl", 100), file("b.csv", 200), file("too-big.jsonl", 2000), file("README", 5));
        sheet.purposeProperty().set("batch");
        sheet.expiryProperty().set(ExpiryChoice.SEVEN_DAYS);

        sheet.upload();

        assertEquals(List.of(
                UploadRequest.of(Path.of("/data/a.jsonl"), "batch").withExpiresAfter(Duration.ofDays(7)),
                UploadRequest.of(Path.of("/data/b.csv"), "batch").withExpiresAfter(Duration.ofDays(7)),
                UploadRequest.of(Path.of("/data/README"), "batch").withExpiresAfter(Duration.ofDays(7))), transfers.uploads);
        assertEquals(List.of(new PurposeMemory("batch", Set.of("jsonl", "csv"))), remembered);
        assertEquals(SheetOutcome.UPLOADED, sheet.outcomeProperty().get());
        assertFalse(sheet.canUploadProperty().get());

        sheet.upload();
        assertEquals(3, transfers.uploads.size(), "a second confirm queues nothing more");
    }

    @Test
    void theRememberedPurposeLandsInTheSettings() {
        UiSettings updated = new PurposeMemory("batch", Set.of("jsonl", "csv")).applyTo(UiSettings.defaults());

        assertEquals("batch", updated.lastPurpose());
        assertEquals(Map.of("jsonl", "batch", "csv", "batch"), updated.purposeByExtension());
    }

    @Test
    void cancelQueuesNothing() {
        UploadSheetViewModel sheet = sheet(SMALL, UiSettings.defaults(), file("a.jsonl", 100));

        sheet.cancel();
        sheet.upload();

        assertEquals(SheetOutcome.CANCELLED, sheet.outcomeProperty().get());
        assertEquals(List.of(), transfers.uploads);
        assertEquals(List.of(), remembered);
    }

    @Test
    void noExpiryWhereTheServerTakesNone() {
        Capabilities noExpiry = new Capabilities(List.of("fine-tune"), "fine-tune", false, 1000, 1000);
        UploadSheetViewModel sheet = sheet(noExpiry, UiSettings.defaults(), file("a.jsonl", 100));
        assertFalse(sheet.expiryAvailableProperty().get());

        sheet.expiryProperty().set(ExpiryChoice.ONE_DAY);
        sheet.upload();

        assertEquals(ExpiryChoice.NEVER, sheet.expiryProperty().get());
        assertNull(transfers.uploads.get(0).expiresAfter());
    }

    @Test
    void whileTheFilesAreReadNothingCanBeUploadedAndAPurposePickedMeanwhileStays() {
        DeferredBackgroundTasks tasks = new DeferredBackgroundTasks();
        UploadSheetViewModel sheet = new UploadSheetViewModel(OPEN_AI, UiSettings.defaults(), transfers, tasks, FORMAT, remembered::add);
        sheet.load(progress -> {
            progress.accept(1);
            return new ScanResult(List.of(file("a.png", 10)), 2, 1, false);
        });
        assertTrue(sheet.scanningProperty().get());
        assertEquals("Reading files…", sheet.statusProperty().get());
        assertFalse(sheet.canUploadProperty().get());

        sheet.purposeProperty().set("evals");
        tasks.completeAll();

        assertFalse(sheet.scanningProperty().get());
        assertEquals("evals", sheet.purposeProperty().get(), "the scan's suggestion (vision) does not overrule the user");
        assertEquals("2 hidden items in the folders were left out. 1 folder could not be read.", sheet.scanNoteProperty().get());
        assertTrue(sheet.canUploadProperty().get());
    }

    @Test
    void cancellingStopsTheScan() {
        DeferredBackgroundTasks tasks = new DeferredBackgroundTasks();
        UploadSheetViewModel sheet = new UploadSheetViewModel(OPEN_AI, UiSettings.defaults(), transfers, tasks, FORMAT, remembered::add);
        sheet.load(progress -> new ScanResult(List.of(file("a.png", 10)), 0, 0, false));

        sheet.cancel();

        assertTrue(tasks.isCancelled(0));
    }

    private static List<String> problems(UploadSheetViewModel sheet) {
        return sheet.rows().stream().map(UploadRow::problem).toList();
    }
}
