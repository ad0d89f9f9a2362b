package dev.filedeck.ui.files;

import dev.filedeck.api.ApiException;
import dev.filedeck.api.FileObject;
import dev.filedeck.api.FilePage;
import dev.filedeck.api.ListQuery;
import dev.filedeck.api.PagingMode;
import dev.filedeck.settings.ConnectionSummary;
import dev.filedeck.ui.format.DisplayFormat;
import dev.filedeck.ui.task.BackgroundTasks;
import dev.filedeck.ui.task.DeferredBackgroundTasks;
import dev.filedeck.ui.task.ImmediateBackgroundTasks;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The files view's state, without a toolkit: tasks run synchronously or when the test says. */
class FilesViewModelTest {

    private static final DisplayFormat UTC = new DisplayFormat(ZoneOffset.UTC, Locale.ROOT);
    private static final ConnectionSummary SANDBOX = new ConnectionSummary("Local sandbox", URI.create("http://127.0.0.1:4000/v1"));
    private static final long NOV_25_2025_1403 = Instant.parse("2025-11-25T14:03:27Z").getEpochSecond();

    private final ScriptedCatalog catalog = new ScriptedCatalog();

    private FilesViewModel viewModel(BackgroundTasks tasks) {
        return new FilesViewModel(catalog, SANDBOX, tasks, UTC);
    }

    @Test
    void showsTheFilesWithTheirSizesAndLocalTimes() {
        catalog.answer(file("file-1", "train.jsonl", "fine-tune", 12_400L), file("file-2", "diagram.png", "vision", 1_000L));
        FilesViewModel model = viewModel(new ImmediateBackgroundTasks());

        model.refresh();

        assertEquals(ListState.READY, model.stateProperty().get());
        assertFalse(model.busyProperty().get());
        assertNull(model.failureProperty().get());
        FileRow first = model.rows().get(0);
        assertEquals("train.jsonl", first.name());
        assertEquals("fine-tune", first.purpose());
        assertEquals("12.4 KB", first.sizeText());
        assertEquals("12,400 bytes", first.sizeDetail());
        assertEquals("2025-11-25 14:03", first.createdText());
        assertEquals(List.of("train.jsonl", "diagram.png"), model.rows().stream().map(FileRow::name).toList());
        assertEquals("2 files loaded, 13.4 KB", model.summaryProperty().get());
    }

    @Test
    void namesTheConnection() {
        FilesViewModel model = viewModel(new ImmediateBackgroundTasks());

        assertEquals("Local sandbox — http://127.0.0.1:4000/v1", model.connectionProperty().get());
    }

    @Test
    void isLoadingUntilTheFirstListArrives() {
        DeferredBackgroundTasks tasks = new DeferredBackgroundTasks();
        catalog.answer(file("file-1", "a.jsonl", "batch", 10L));
        FilesViewModel model = viewModel(tasks);

        model.refresh();

        assertEquals(ListState.LOADING, model.stateProperty().get());
        assertTrue(model.busyProperty().get());
        assertEquals("Loading…", model.summaryProperty().get());

        tasks.completeAll();

        assertEquals(ListState.READY, model.stateProperty().get());
        assertFalse(model.busyProperty().get());
        assertEquals("1 file loaded, 10 bytes", model.summaryProperty().get());
    }

    @Test
    void saysSoWhenThereAreNoFiles() {
        catalog.answer();
        FilesViewModel model = viewModel(new ImmediateBackgroundTasks());

        model.refresh();

        assertEquals(ListState.EMPTY, model.stateProperty().get());
        assertTrue(model.rows().isEmpty());
        assertEquals("0 files loaded, 0 bytes", model.summaryProperty().get());
        assertEquals("No files yet: drop files here to upload", model.emptyMessageProperty().get());
        assertEquals(EmptyReason.NO_FILES, model.emptyReasonProperty().get());
    }

    @Test
    void showsTheErrorWithTheServersRequestId() {
        ApiException error = ApiErrors.answer(500, "req_8f2c1d", "The server had an error while processing your request.");
        catalog.fail(error);
        FilesViewModel model = viewModel(new ImmediateBackgroundTasks());

        model.refresh();

        assertEquals(ListState.FAILED, model.stateProperty().get());
        LoadFailure failure = model.failureProperty().get();
        assertEquals("req_8f2c1d", failure.requestId());
        assertTrue(failure.hasRequestId());
        assertEquals(error.getMessage(), failure.message());
        assertTrue(failure.message().contains("The server had an error"), failure.message());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void showsAnErrorWithoutRequestIdWhenThereIsNone() {
        catalog.fail(new IllegalStateException("disk on fire"));
        FilesViewModel model = viewModel(new ImmediateBackgroundTasks());

        model.refresh();

        assertEquals(new LoadFailure("The files could not be loaded", "disk on fire", null), model.failureProperty().get());
        assertFalse(model.failureProperty().get().hasRequestId());
    }

    @Test
    void retryingAfterAnErrorShowsProgressThenTheFiles() {
        DeferredBackgroundTasks tasks = new DeferredBackgroundTasks();
        catalog.fail(new IllegalStateException("offline"));
        catalog.answer(file("file-1", "a.jsonl", "batch", 10L));
        FilesViewModel model = viewModel(tasks);
        model.refresh();
        tasks.completeAll();
        assertEquals(ListState.FAILED, model.stateProperty().get());

        model.retry();

        assertEquals(ListState.LOADING, model.stateProperty().get());
        assertNull(model.failureProperty().get());
        tasks.completeAll();
        assertEquals(ListState.READY, model.stateProperty().get());
        assertEquals(1, model.rows().size());
    }

    @Test
    void aRefreshKeepsTheShownFilesUntilTheNewListArrives() {
        DeferredBackgroundTasks tasks = new DeferredBackgroundTasks();
        catalog.answer(file("file-1", "old.jsonl", "batch", 10L));
        catalog.answer(file("file-2", "new.jsonl", "batch", 10L), file("file-1", "old.jsonl", "batch", 10L));
        FilesViewModel model = viewModel(tasks);
        model.refresh();
        tasks.completeAll();

        model.refresh();

        assertEquals(ListState.READY, model.stateProperty().get());
        assertTrue(model.busyProperty().get());
        assertEquals(List.of("old.jsonl"), names(model));
        tasks.completeAll();
        assertEquals(List.of("new.jsonl", "old.jsonl"), names(model));
        assertFalse(model.busyProperty().get());
    }

    @Test
    void anOlderRefreshAnsweringLateIsIgnored() {
        DeferredBackgroundTasks tasks = new DeferredBackgroundTasks();
        // The catalog answers in call order, and the newer refresh's work is run first.
        catalog.answer(file("file-2", "newer.jsonl", "batch", 10L));
        catalog.answer(file("file-1", "stale.jsonl", "batch", 10L));
        FilesViewModel model = viewModel(tasks);

        model.refresh();
        model.refresh();
        tasks.completeNewest();
        tasks.completeOldest();

        assertEquals(List.of("newer.jsonl"), names(model));
        assertEquals(ListState.READY, model.stateProperty().get());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void anOlderRefreshFailingLateIsIgnored() {
        DeferredBackgroundTasks tasks = new DeferredBackgroundTasks();
        catalog.fail(new IllegalStateException("stale failure"));
        catalog.answer(file("file-1", "fresh.jsonl", "batch", 10L));
        FilesViewModel model = viewModel(tasks);

        model.refresh();
        model.refresh();
        tasks.completeOldest();

        assertEquals(ListState.LOADING, model.stateProperty().get(), "the stale failure changed nothing");
        assertNull(model.failureProperty().get());
        tasks.completeOldest();
        assertEquals(ListState.READY, model.stateProperty().get());
        assertEquals(List.of("fresh.jsonl"), names(model));
    }

    @Test
    void exposesTheFilesReadOnly() {
        catalog.answer(file("file-1", "a.jsonl", "batch", 10L));
        FilesViewModel model = viewModel(new ImmediateBackgroundTasks());
        model.refresh();

        assertThrows(UnsupportedOperationException.class, () -> model.rows().clear());
    }

    @Test
    void rowsCopeWithMissingSizeNameAndTime() {
        FileRow row = FileRow.of(new FileObject("file-9", null, 0, null, null, null, null, null, "{}"), UTC, Instant.now());

        assertEquals("file-9", row.name());
        assertEquals("", row.purpose());
        assertEquals("—", row.sizeText());
        assertEquals("—", row.createdText());
    }

    private static List<String> names(FilesViewModel model) {
        return model.rows().stream().map(FileRow::name).toList();
    }

    private static FileObject file(String id, String name, String purpose, Long bytes) {
        return new FileObject(id, bytes, NOV_25_2025_1403, null, name, purpose, "processed", null, "{}");
    }

    /** Answers each listing with the next scripted outcome, as a single page. */
    private static final class ScriptedCatalog implements FileCatalog {
        private final Deque<Callable<List<FileObject>>> outcomes = new ArrayDeque<>();

        void answer(FileObject... files) {
            outcomes.add(() -> Arrays.asList(files));
        }

        void fail(RuntimeException error) {
            outcomes.add(() -> {
                throw error;
            });
        }

        @Override
        public FilePage page(ListQuery query) {
            List<FileObject> files;
            try {
                files = outcomes.remove().call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return new FilePage(files, null, null, false, null, null, PagingMode.CURSOR);
        }
    }
}
