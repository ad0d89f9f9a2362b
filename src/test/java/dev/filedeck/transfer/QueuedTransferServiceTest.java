package dev.filedeck.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filedeck.api.DownloadRequest;
import dev.filedeck.api.FileObject;
import dev.filedeck.api.FilesClient;
import dev.filedeck.api.UploadRequest;
import dev.filedeck.sandbox.Fault;
import dev.filedeck.sandbox.FaultRule;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The service the rest of the app uses: the connection of the moment, and callbacks for finished transfers. */
class QueuedTransferServiceTest {

    @TempDir
    Path dir;
    private SandboxFixture first;
    private SandboxFixture second;
    private QueueRecorder recorder;
    private TransferQueue queue;
    private final AtomicReference<FilesClient> active = new AtomicReference<>();

    @BeforeEach
    void start() {
        first = SandboxFixture.start(dir.resolve("first"));
        second = SandboxFixture.start(dir.resolve("second"));
        recorder = new QueueRecorder();
        queue = new TransferQueue(recorder.delivery, 2);
    }

    @AfterEach
    void stop() {
        queue.close();
        recorder.close();
        first.close();
        second.close();
    }

    @Test
    void aRunningTransferKeepsItsConnectionWhenTheAppSwitches() throws Exception {
        QueuedTransferService service = new QueuedTransferService(queue, active::get);
        List<FileObject> uploaded = new CopyOnWriteArrayList<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        service.setOnUploaded(file -> {
            uploaded.add(file);
            threads.add(Thread.currentThread().getName());
        });
        first.server.faults().add(FaultRule.on("POST", "/files", Fault.delay(Duration.ofMillis(700))));
        active.set(first.client);
        service.enqueueUpload(UploadRequest.of(SandboxFixture.randomFile(dir.resolve("one.jsonl"), 1000, 1), "batch"));
        assertTrue(service.hasActiveTransfers());

        active.set(second.client);
        service.enqueueUpload(UploadRequest.of(SandboxFixture.randomFile(dir.resolve("two.jsonl"), 1000, 2), "batch"));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> uploaded.size() == 2);
        assertEquals(List.of("one.jsonl"), first.remoteFiles().stream().map(FileObject::filename).toList());
        assertEquals(List.of("two.jsonl"), second.remoteFiles().stream().map(FileObject::filename).toList());
        assertEquals(List.of("two.jsonl", "one.jsonl"), uploaded.stream().map(FileObject::filename).toList());
        assertEquals(List.of("test-delivery", "test-delivery"), threads, "callbacks come through the delivery executor");
        assertFalse(service.hasActiveTransfers());
    }

    @Test
    void tellsOfSavedDownloadsButNotOfFailures() throws Exception {
        QueuedTransferService service = new QueuedTransferService(queue, () -> first.client);
        List<Path> saved = new CopyOnWriteArrayList<>();
        service.setOnDownloaded(saved::add);
        FileObject remote = first.client.upload(UploadRequest.of(SandboxFixture.randomFile(dir.resolve("r.bin"), 1000, 3), "batch"));
        queue.subscribe(recorder);

        service.enqueueDownload(DownloadRequest.of("file-missing", dir.resolve("missing.bin")), "missing.bin");
        service.enqueueDownload(DownloadRequest.of(remote.id(), dir.resolve("r-copy.bin")), "r-copy.bin");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> recorder.finished.size() == 2);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> saved.size() == 1);
        assertEquals(List.of(dir.resolve("r-copy.bin")), saved);
    }
}
