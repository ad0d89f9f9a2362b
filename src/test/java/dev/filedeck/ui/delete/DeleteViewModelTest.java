package dev.filedeck.ui.delete;

import dev.filedeck.api.FileObject;
import dev.filedeck.ui.format.DisplayFormat;
import dev.filedeck.ui.task.DeferredBackgroundTasks;
import dev.filedeck.ui.task.ImmediateBackgroundTasks;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Deleting without a toolkit or a server: the deleter is scripted. */
class DeleteViewModelTest {

    private static final DisplayFormat FORMAT = new DisplayFormat(ZoneOffset.UTC, Locale.ROOT);

    private final List<Set<String>> reported = new ArrayList<>();
    private final Set<String> deletedOnServer = ConcurrentHashMap.newKeySet();

    private static FileObject file(String id, String name, Long bytes) {
        return new FileObject(id, bytes, 1_700_000_000L, null, name, "fine-tune", "processed", null, "{}");
    }

    private static List<FileObject> files(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> file("file-" + i, "part-" + i + ".jsonl", 1000L)).toList();
    }

    @Test
    void theQuestionNamesTheFirstFiveTheRestCountedAndTheTotalSize() {
        List<FileObject> selection = new ArrayList<>(files(17));
        selection.set(2, file("file-3", "evil\u202Egpj.exe", 1000L));

        DeleteConfirmation question = DeleteConfirmation.of(selection, FORMAT);

        assertEquals("Delete 17 files?", question.header());
        assertEquals("""
                17 files, 17.0 KB in all:
                  • part-1.jsonl
                  • part-2.jsonl
                  • evilgpj.exe
                  • part-4.jsonl
                  • part-5.jsonl
                  and 12 more

                This cannot be undone.""", question.details());
        assertEquals("Delete 17 files", question.confirmLabel());
    }

    @Test
    void oneFileIsNamedInTheQuestionAndUnknownSizesAreOwnedUpTo() {
        assertEquals("Delete “train.jsonl”?", DeleteConfirmation.of(List.of(file("f1", "train.jsonl", 5L)), FORMAT).header());
        String details = DeleteConfirmation.of(List.of(file("f1", "a", 1500L), file("f2", "b", null)), FORMAT).details();
        assertTrue(details.startsWith("2 files, 1.5 KB in all (size unknown for 1 file):"), details);
    }

    @Test
    void decliningDeletesNothing() {
        RecordingDialogs dialogs = new RecordingDialogs(false);
        DeleteViewModel deletes = new DeleteViewModel(this::deleteOnServer, dialogs, new ImmediateBackgroundTasks(), FORMAT, reported::add);

        assertFalse(deletes.deleteSelected(files(3)));

        assertEquals(1, dialogs.confirmations.size());
        assertEquals(Set.of(), deletedOnServer);
        assertEquals(List.of(), reported);
    }

    @Test
    void aFileTheServerKeepsIsListedWithItsReason() {
        RecordingDialogs dialogs = new RecordingDialogs(true);
        FileDeleter deleter = id -> !id.equals("file-2") && deleteOnServer(id);
        DeleteViewModel deletes = new DeleteViewModel(deleter, dialogs, new ImmediateBackgroundTasks(), FORMAT, reported::add);

        assertTrue(deletes.deleteSelected(files(3)));

        assertEquals(List.of(Set.of("file-1", "file-3")), reported);
        assertEquals(List.of(new RecordingDialogs.Shown("Delete files", "1 of 3 files could not be deleted", """
                2 files deleted.

                • part-2.jsonl (file-2)
                  The server answered that it did not delete the file""", null)), dialogs.errors);
        assertEquals("Deleted 2 of 3 files, 1 failed", deletes.statusProperty().get());
        assertFalse(deletes.runningProperty().get());
    }

    @Test
    void aFileSelectedTwiceIsDeletedOnce() {
        AtomicInteger calls = new AtomicInteger();
        RecordingDialogs dialogs = new RecordingDialogs(true);
        DeleteViewModel deletes = new DeleteViewModel(id -> calls.incrementAndGet() > 0, dialogs, new ImmediateBackgroundTasks(), FORMAT,
                reported::add);
        FileObject a = file("file-1", "a.jsonl", 10L);

        deletes.deleteSelected(List.of(a, file("file-2", "b.jsonl", 10L), a));

        assertEquals(2, calls.get());
        assertEquals("Delete 2 files?", dialogs.confirmations.get(0).header());
    }

    @Test
    void showsProgressAndTakesNoSecondBatchMeanwhile() {
        DeferredBackgroundTasks tasks = new DeferredBackgroundTasks();
        RecordingDialogs dialogs = new RecordingDialogs(true);
        DeleteViewModel deletes = new DeleteViewModel(this::deleteOnServer, dialogs, tasks, FORMAT, reported::add);

        assertTrue(deletes.deleteSelected(files(3)));
        assertTrue(deletes.runningProperty().get());
        assertEquals("Deleting 1 of 3…", deletes.statusProperty().get());
        assertFalse(deletes.deleteSelected(files(2)), "one batch at a time");

        List<String> seen = new ArrayList<>();
        deletes.statusProperty().addListener((property, old, now) -> seen.add(now));
        tasks.completeAll();

        assertEquals(List.of("Deleting 2 of 3…", "Deleting 3 of 3…", "Deleted 3 files"), seen);
        assertFalse(deletes.runningProperty().get());
        assertEquals(List.of(Set.of("file-1", "file-2", "file-3")), reported);
    }

    @Test
    void neverMoreThanFourDeletesAtOnceAndNoneSkipped() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch fourStarted = new CountDownLatch(4);
        FileDeleter slow = id -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            fourStarted.countDown();
            try {
                // Holds the first deletes until four run together: proves the pool is four wide.
                assertTrue(fourStarted.await(5, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                inFlight.decrementAndGet();
            }
            return deleteOnServer(id);
        };
        DeleteViewModel deletes = new DeleteViewModel(slow, new RecordingDialogs(true), new ImmediateBackgroundTasks(), FORMAT, reported::add);

        deletes.deleteSelected(files(30));

        assertEquals(4, most.get());
        assertEquals(30, deletedOnServer.size());
        assertEquals(30, reported.get(0).size());
    }

    private boolean deleteOnServer(String id) {
        deletedOnServer.add(id);
        return true;
    }
}
