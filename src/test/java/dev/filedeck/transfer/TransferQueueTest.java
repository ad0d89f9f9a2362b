package dev.filedeck.transfer;

import static dev.filedeck.transfer.TransferState.CANCELLED;
import static dev.filedeck.transfer.TransferState.DONE;
import static dev.filedeck.transfer.TransferState.FAILED;
import static dev.filedeck.transfer.TransferState.QUEUED;
import static dev.filedeck.transfer.TransferState.RETRYING;
import static dev.filedeck.transfer.TransferState.RUNNING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filedeck.api.DownloadRequest;
import dev.filedeck.api.FileObject;
import dev.filedeck.api.UploadRequest;
import dev.filedeck.sandbox.Fault;
import dev.filedeck.sandbox.FaultRule;
import dev.filedeck.sandbox.RecordedRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The queue against a real sandbox: concurrency, cancel, retry, rate limits, downloads. */
class TransferQueueTest {

    @TempDir
    Path dir;
    private SandboxFixture sandbox;
    private QueueRecorder recorder;
    private TransferQueue queue;

    @BeforeEach
    void start() {
        sandbox = SandboxFixture.start(dir.resolve("sandbox"));
        recorder = new QueueRecorder();
        queue = new TransferQueue(recorder.delivery, 2);
        queue.subscribe(recorder);
    }

    @AfterEach
    void stop() {
        queue.close();
        recorder.close();
        sandbox.close();
    }

    private long upload(String name, long size) {
        Path file = SandboxFixture.randomFile(dir.resolve(name), size, name.hashCode());
        return queue.enqueueUpload(sandbox.client, UploadRequest.of(file, "batch"));
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }

    @Test
    void runsAtMostTwoAtOnceAndStartsQueuedOnesAsSlotsFree() throws Exception {
        // Each upload is held by the server for a while, so that they overlap.
        sandbox.server.faults().add(FaultRule.on("POST", "/files", Fault.delay(Duration.ofMillis(500))).times(5));
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            ids.add(upload("part-" + i + ".jsonl", 20_000));
        }

        waitUntil(() -> ids.stream().allMatch(id -> recorder.isIn(id, DONE)));

        assertEquals(2, recorder.mostUnderWay(), "two at once, never more");
        int firstDone = Math.min(recorder.firstIndexOf(ids.get(0), DONE), recorder.firstIndexOf(ids.get(1), DONE));
        assertTrue(recorder.firstIndexOf(ids.get(2), RUNNING) > firstDone, "the third waited for a free slot");
        assertEquals(List.of(QUEUED, RUNNING, DONE), recorder.statesOf(ids.get(4)));
        assertEquals(5, sandbox.remoteFiles().size());
        assertFalse(queue.hasActiveTransfers());
    }

    @Test
    void raisingTheLimitStartsQueuedTransfersAtOnce() throws Exception {
        queue.setMaxConcurrent(1);
        sandbox.server.faults().add(FaultRule.on("POST", "/files", Fault.delay(Duration.ofMillis(1500))).times(3));
        long first = upload("a.jsonl", 1000);
        long second = upload("b.jsonl", 1000);
        long third = upload("c.jsonl", 1000);
        waitUntil(() -> recorder.isIn(first, RUNNING) && recorder.latest(third) != null);
        assertTrue(recorder.isIn(second, QUEUED) && recorder.isIn(third, QUEUED));

        queue.setMaxConcurrent(3);

        waitUntil(() -> recorder.mostUnderWay() == 3);
        waitUntil(() -> Stream.of(first, second, third).allMatch(id -> recorder.isIn(id, DONE)));
        assertTrue(recorder.firstIndexOf(third, RUNNING) < recorder.firstIndexOf(first, DONE), "started before a slot freed");
    }

    @Test
    void cancelsARunningUploadMidwayAndTheServerKeepsNothing() throws Exception {
        long size = 40L * 1024 * 1024;
        Path local = SandboxFixture.randomFile(dir.resolve("big.jsonl"), size, 7);
        // The server waits a moment before reading, and then the body arrives over a slow line:
        // the upload is certainly part-way when the cancel comes.
        sandbox.server.faults().add(FaultRule.on("POST", "/files", Fault.delay(Duration.ofMillis(300))));
        try (SlowLine line = SlowLine.to(sandbox.server.baseUrl(), 10_000_000)) {
            long id = queue.enqueueUpload(sandbox.clientOver(line), UploadRequest.of(local, "batch"));
            waitUntil(() -> recorder.isIn(id, RUNNING) && line.relayedUp() > 5_000_000 && recorder.latest(id).bytesDone() > 0);

            queue.cancel(id);

            waitUntil(() -> recorder.finished.size() == 1);
            Transfer cancelled = recorder.latest(id);
            assertEquals(CANCELLED, cancelled.state());
            assertTrue(cancelled.bytesDone() > 0 && cancelled.bytesDone() < size, "stopped part-way: " + cancelled.bytesDone());
            assertTrue(cancelled.canRetry());
            // Once the server is done with the request it has seen only part of the body, and kept nothing.
            waitUntil(() -> sandbox.handled("POST", "/files"));
            RecordedRequest post = sandbox.server.requests().all().get(0);
            assertTrue(post.requestBodyBytes() < size, "the server got part of the body: " + post.requestBodyBytes());
            assertEquals(List.of(), sandbox.remoteFiles());
            Path tmp = sandbox.server.dataDir().resolve("tmp");
            waitUntil(() -> !Files.isDirectory(tmp) || isEmpty(tmp));
            assertEquals(size, Files.size(local), "the local file is untouched");
        }
    }

    @Test
    void progressArrivesAtMostTenTimesASecondAndEndsComplete() throws Exception {
        long size = 16_000_000;
        Path local = SandboxFixture.randomFile(dir.resolve("steady.jsonl"), size, 8);
        try (SlowLine line = SlowLine.to(sandbox.server.baseUrl(), 8_000_000)) {
            long id = queue.enqueueUpload(sandbox.clientOver(line), UploadRequest.of(local, "batch"));

            waitUntil(() -> recorder.finished.size() == 1);

            List<Integer> running = new ArrayList<>();
            for (int i = 0; i < recorder.snapshots.size(); i++) {
                if (recorder.snapshots.get(i).id() == id && recorder.snapshots.get(i).state() == RUNNING) {
                    running.add(i);
                }
            }
            double seconds = (recorder.arrivals.get(running.get(running.size() - 1)) - recorder.arrivals.get(running.get(0))) / 1e9;
            assertTrue(seconds > 1, "the line made it take a while: " + seconds);
            assertTrue(running.size() <= 10 * seconds + 2, running.size() + " updates in " + seconds + " s");
            assertTrue(running.size() >= 5 * seconds, "but progress kept coming: " + running.size() + " in " + seconds + " s");
            assertTrue(running.stream().map(recorder.snapshots::get).anyMatch(t -> t.fraction() > 0.2 && t.fraction() < 0.8),
                    "seen part-way");
            assertTrue(running.stream().map(recorder.snapshots::get).anyMatch(t -> t.bytesPerSecond() > 0 && t.timeLeft() != null),
                    "with a speed and a time left");
            assertEquals(size, recorder.latest(id).bytesDone());
            assertEquals(DONE, recorder.latest(id).state());
        }
    }

    @Test
    void cancellingAQueuedTransferNeverStartsIt() throws Exception {
        queue.setMaxConcurrent(1);
        sandbox.server.faults().add(FaultRule.on("POST", "/files", Fault.delay(Duration.ofMillis(500))));
        long first = upload("first.jsonl", 1000);
        long second = upload("second.jsonl", 1000);

        queue.cancel(second);

        waitUntil(() -> recorder.isIn(first, DONE));
        assertEquals(List.of(QUEUED, CANCELLED), recorder.statesOf(second));
        assertEquals(List.of("first.jsonl"), sandbox.remoteFiles().stream().map(FileObject::filename).toList());
    }

    @Test
    void aFailedTransferSaysWhyAndRetrySucceeds() throws Exception {
        // Uploads are retried automatically on 429 and 503 only: a 500 fails the attempt.
        sandbox.server.faults().add(FaultRule.on("POST", "/files", Fault.status(500)));
        long id = upload("data.jsonl", 5000);

        waitUntil(() -> recorder.isIn(id, FAILED));
        Transfer failed = recorder.latest(id);
        assertTrue(failed.failure().message().startsWith("HTTP 500"), failed.failure().message());
        assertTrue(failed.failure().requestId().startsWith("req_"), failed.failure().requestId());
        assertTrue(failed.failure().describe().endsWith("(request ID " + failed.failure().requestId() + ")"));
        assertTrue(failed.canRetry());
        assertFalse(failed.canCancel());

        queue.retry(id);

        waitUntil(() -> recorder.isIn(id, DONE));
        assertEquals(List.of(QUEUED, RUNNING, FAILED, QUEUED, RUNNING, DONE), recorder.statesOf(id));
        Transfer done = recorder.latest(id);
        assertNotNull(done.uploadedFile());
        assertEquals(done.uploadedFile().id(), sandbox.remoteFiles().get(0).id());
        assertEquals(5000, done.bytesDone());
        assertEquals(1.0, done.fraction());
    }

    @Test
    void showsTheWaitWhenRateLimited() throws Exception {
        sandbox.server.faults().add(FaultRule.on("POST", "/files", Fault.rateLimited("1")));
        long id = upload("limited.jsonl", 5000);

        waitUntil(() -> recorder.isIn(id, DONE));

        assertEquals(List.of(QUEUED, RUNNING, RETRYING, RUNNING, DONE), recorder.statesOf(id));
        Transfer waiting = recorder.snapshots.get(recorder.firstIndexOf(id, RETRYING));
        assertEquals("rate limited, retrying in 1 s", waiting.retryWait().describe());
        assertEquals(1, waiting.retryWait().attempt());
        assertEquals(1, sandbox.remoteFiles().size());
    }

    @Test
    void downloadsTheFileByteForByte() throws Exception {
        Path original = SandboxFixture.randomFile(dir.resolve("original.bin"), 3_000_000, 3);
        FileObject remote = sandbox.client.upload(UploadRequest.of(original, "batch"));
        Path target = dir.resolve("saved").resolve("copy.bin");

        long id = queue.enqueueDownload(sandbox.client, DownloadRequest.of(remote.id(), target).expecting(remote.bytes()), "copy.bin");

        waitUntil(() -> recorder.finished.size() == 1);
        Transfer done = recorder.latest(id);
        assertEquals(DONE, done.state());
        assertEquals(TransferDirection.DOWNLOAD, done.direction());
        assertEquals(target, done.savedFile());
        assertEquals(3_000_000, done.totalBytes());
        assertEquals(-1, Files.mismatch(original, target));
        assertEquals(done, recorder.finished.get(0));
    }

    @Test
    void aPurposeTheServerRefusesToServeFailsWithAClearMessage() throws Exception {
        Path local = SandboxFixture.randomFile(dir.resolve("notes.txt"), 1000, 5);
        FileObject remote = sandbox.client.upload(UploadRequest.of(local, "assistants"));
        Path target = dir.resolve("notes-copy.txt");

        long id = queue.enqueueDownload(sandbox.client, DownloadRequest.of(remote.id(), target), "notes-copy.txt");

        waitUntil(() -> recorder.isIn(id, FAILED));
        TransferFailure failure = recorder.latest(id).failure();
        assertEquals("The server does not allow downloading files of purpose assistants", failure.message());
        assertTrue(failure.requestId().startsWith("req_"));
        assertFalse(Files.exists(target));
    }

    @Test
    void clearFinishedRemovesEndedTransfersOnly() throws Exception {
        queue.setMaxConcurrent(1);
        sandbox.server.faults().add(FaultRule.on("POST", "/files", Fault.status(500)));
        long failed = upload("fails.jsonl", 1000);
        long done = upload("works.jsonl", 1000);
        waitUntil(() -> recorder.isIn(done, DONE));
        sandbox.server.faults().add(FaultRule.on("POST", "/files", Fault.delay(Duration.ofSeconds(1))));
        long running = upload("slow.jsonl", 1000);
        waitUntil(() -> recorder.isIn(running, RUNNING));

        queue.clearFinished();

        waitUntil(() -> !recorder.removals.isEmpty());
        assertEquals(Set.of(failed, done), recorder.removals.get(0));
        assertEquals(List.of(running), queue.transfers().stream().map(Transfer::id).toList());
        assertTrue(queue.hasActiveTransfers());
        waitUntil(() -> recorder.isIn(running, DONE));
    }

    private static boolean isEmpty(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.findAny().isEmpty();
        }
    }
}
