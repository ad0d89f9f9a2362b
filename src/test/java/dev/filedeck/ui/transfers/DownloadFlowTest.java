package dev.filedeck.ui.transfers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filedeck.api.FileObject;
import dev.filedeck.api.UploadRequest;
import dev.filedeck.transfer.QueueRecorder;
import dev.filedeck.transfer.QueuedTransferService;
import dev.filedeck.transfer.SandboxFixture;
import dev.filedeck.transfer.Transfer;
import dev.filedeck.transfer.TransferQueue;
import dev.filedeck.transfer.TransferState;
import dev.filedeck.ui.dialog.DialogService.ConflictAction;
import dev.filedeck.ui.task.ImmediateBackgroundTasks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** Saving files from the server: where they go, and what happens to files already there. */
class DownloadFlowTest {

    @TempDir
    Path dir;
    private Path downloads;
    private SandboxFixture sandbox;
    private QueueRecorder recorder;
    private TransferQueue queue;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Path remembered;
    private DownloadFlow flow;

    @BeforeEach
    void start() throws IOException {
        downloads = Files.createDirectories(dir.resolve("downloads"));
        sandbox = SandboxFixture.start(dir.resolve("sandbox"));
        recorder = new QueueRecorder();
        queue = new TransferQueue(recorder.delivery, 2);
        queue.subscribe(recorder);
        QueuedTransferService transfers = new QueuedTransferService(queue, () -> sandbox.client);
        flow = new DownloadFlow(dialogs, new ImmediateBackgroundTasks(), transfers, () -> dir.resolve("last"), folder -> remembered = folder);
    }

    @AfterEach
    void stop() {
        queue.close();
        recorder.close();
        sandbox.close();
    }

    /** Uploads pseudo-random content and returns the server's file object, renamed as the test wants it listed. */
    private FileObject remote(String filename, long size, long seed) {
        Path local = SandboxFixture.randomFile(dir.resolve("upload-" + seed), size, seed);
        FileObject created = sandbox.client.upload(UploadRequest.of(local, "batch"));
        return new FileObject(created.id(), created.bytes(), created.createdAt(), null, filename, created.purpose(),
                created.status(), null, created.rawJson());
    }

    private Path localCopyOf(long seed) {
        return dir.resolve("upload-" + seed);
    }

    private void awaitFinished(int count) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> recorder.finished.size() == count);
    }

    private Set<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void oneFileIsSavedWhereTheUserChoseByteForByte() throws Exception {
        FileObject file = remote("results.jsonl", 2_500_000, 1);
        dialogs.saveFileAnswer = Optional.of(downloads.resolve("my results.jsonl"));

        flow.download(List.of(file));
        awaitFinished(1);

        assertEquals(List.of("results.jsonl"), dialogs.proposedNames);
        assertEquals(List.of(dir.resolve("last")), dialogs.startFolders);
        assertEquals(downloads, remembered);
        assertEquals(TransferState.DONE, recorder.finished.get(0).state());
        assertEquals("my results.jsonl", recorder.finished.get(0).name());
        assertEquals(-1, Files.mismatch(localCopyOf(1), downloads.resolve("my results.jsonl")));
        assertEquals(Set.of("my results.jsonl"), namesIn(downloads));
    }

    @Test
    void theSaveDialogProposesASafeName() {
        FileObject file = remote("../../\u202Egpj.exe", 10, 2);

        flow.download(List.of(file));

        assertEquals(List.of("_._gpj.exe"), dialogs.proposedNames);
        assertEquals(null, remembered, "nothing chosen, nothing remembered");
        assertTrue(recorder.snapshots.isEmpty());
    }

    @Test
    void severalFilesGoIntoTheChosenFolderUnderSafeDistinctNames() throws Exception {
        List<FileObject> files = List.of(remote("../evil.txt", 100, 3), remote("data.jsonl", 200, 4), remote("DATA.jsonl", 300, 5),
                remote("CON", 400, 6));
        dialogs.folderAnswer = Optional.of(downloads);

        flow.download(files);
        awaitFinished(4);

        assertEquals(downloads, remembered);
        assertEquals(new TreeSet<>(Set.of("_evil.txt", "data.jsonl", "DATA (1).jsonl", "_CON")), namesIn(downloads));
        assertEquals(-1, Files.mismatch(localCopyOf(5), downloads.resolve("DATA (1).jsonl")));
        assertEquals(List.of(), dialogs.conflictsAsked, "names within one batch are made distinct without asking");
    }

    @Test
    void replaceReplacesTheExistingFile() throws Exception {
        Path existing = Files.writeString(downloads.resolve("report.csv"), "old content");
        dialogs.saveFileAnswer = Optional.of(existing);
        dialogs.answerConflicts(ConflictAction.REPLACE, false, 1);

        flow.download(List.of(remote("report.csv", 5000, 7)));
        awaitFinished(1);

        assertEquals(List.of(existing), dialogs.conflictsAsked);
        assertEquals(List.of(0), dialogs.remainingAsked);
        assertEquals(-1, Files.mismatch(localCopyOf(7), existing));
        assertEquals(Set.of("report.csv"), namesIn(downloads));
    }

    @Test
    void keepBothSavesUnderTheFirstFreeNumberAndLeavesTheOthersAlone() throws Exception {
        Files.writeString(downloads.resolve("report.csv"), "original");
        Files.writeString(downloads.resolve("report (1).csv"), "an earlier copy");
        dialogs.saveFileAnswer = Optional.of(downloads.resolve("report.csv"));
        dialogs.answerConflicts(ConflictAction.KEEP_BOTH, false, 1);

        flow.download(List.of(remote("report.csv", 5000, 8)));
        awaitFinished(1);

        assertEquals(Set.of("report.csv", "report (1).csv", "report (2).csv"), namesIn(downloads));
        assertEquals("original", Files.readString(downloads.resolve("report.csv")));
        assertEquals("an earlier copy", Files.readString(downloads.resolve("report (1).csv")));
        assertEquals(-1, Files.mismatch(localCopyOf(8), downloads.resolve("report (2).csv")));
        assertEquals("report (2).csv", recorder.finished.get(0).name());
    }

    @Test
    void skipWritesNothing() throws Exception {
        Path existing = Files.writeString(downloads.resolve("report.csv"), "original");
        dialogs.saveFileAnswer = Optional.of(existing);
        dialogs.answerConflicts(ConflictAction.SKIP, false, 1);

        flow.download(List.of(remote("report.csv", 5000, 9)));

        assertEquals(List.of(existing), dialogs.conflictsAsked);
        assertTrue(recorder.snapshots.isEmpty(), "nothing was queued");
        assertEquals("original", Files.readString(existing));
        assertEquals(Set.of("report.csv"), namesIn(downloads));
    }

    @Test
    void anAnswerForAllCoversTheRestOfTheBatch() throws Exception {
        for (String name : List.of("a.txt", "b.txt", "c.txt")) {
            Files.writeString(downloads.resolve(name), "mine");
        }
        dialogs.folderAnswer = Optional.of(downloads);
        dialogs.answerConflicts(ConflictAction.KEEP_BOTH, true, 1);

        flow.download(List.of(remote("a.txt", 10, 10), remote("new.txt", 10, 11), remote("b.txt", 10, 12), remote("c.txt", 10, 13)));
        awaitFinished(4);

        assertEquals(List.of(downloads.resolve("a.txt")), dialogs.conflictsAsked, "asked once");
        assertEquals(List.of(2), dialogs.remainingAsked, "told how many more conflicts the answer would cover");
        assertEquals(Set.of("a.txt", "a (1).txt", "b.txt", "b (1).txt", "c.txt", "c (1).txt", "new.txt"), namesIn(downloads));
        for (String name : List.of("a.txt", "b.txt", "c.txt")) {
            assertEquals("mine", Files.readString(downloads.resolve(name)));
        }
    }

    @Test
    void withoutAnAnswerForAllEachConflictIsAskedAndAnsweredOnItsOwn() throws Exception {
        for (String name : List.of("a.txt", "b.txt", "c.txt")) {
            Files.writeString(downloads.resolve(name), "mine");
        }
        dialogs.folderAnswer = Optional.of(downloads);
        dialogs.answerConflicts(ConflictAction.REPLACE, false, 1);
        dialogs.answerConflicts(ConflictAction.SKIP, false, 1);
        dialogs.answerConflicts(ConflictAction.KEEP_BOTH, false, 1);

        flow.download(List.of(remote("a.txt", 10, 14), remote("b.txt", 10, 15), remote("c.txt", 10, 16)));
        awaitFinished(2);

        assertEquals(List.of(2, 1, 0), dialogs.remainingAsked);
        assertEquals(Set.of("a.txt", "b.txt", "c.txt", "c (1).txt"), namesIn(downloads));
        assertEquals(-1, Files.mismatch(localCopyOf(14), downloads.resolve("a.txt")));
        assertEquals("mine", Files.readString(downloads.resolve("b.txt")));
        assertEquals("mine", Files.readString(downloads.resolve("c.txt")));
    }

    @Test
    void aPurposeTheServerWillNotServeFailsTheRowWithAClearMessage() throws Exception {
        Path local = SandboxFixture.randomFile(dir.resolve("assistant-notes.txt"), 100, 17);
        FileObject file = sandbox.client.upload(UploadRequest.of(local, "assistants"));
        dialogs.saveFileAnswer = Optional.of(downloads.resolve("assistant-notes.txt"));

        flow.download(List.of(file));
        awaitFinished(1);

        Transfer failed = recorder.finished.get(0);
        assertEquals(TransferState.FAILED, failed.state());
        assertEquals("The server does not allow downloading files of purpose assistants", failed.failure().message());
        assertEquals(Set.of(), namesIn(downloads));
    }
}
