package dev.filedeck.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filedeck.sandbox.Fault;
import dev.filedeck.sandbox.FaultRule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads and downloads: progress, cancellation, and failures that must leave nothing behind. */
class TransferTest {

    private static final long SIZE = 24L * 1024 * 1024;

    @TempDir
    Path dir;
    private Sandbox sandbox;
    private FilesClient client;

    @BeforeEach
    void start() {
        sandbox = Sandbox.start(dir);
        client = sandbox.client();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    /** Records progress calls. */
    private static final class Recorder implements TransferListener {
        final List<long[]> calls = new CopyOnWriteArrayList<>();
        final List<RetryNotice> retries = new CopyOnWriteArrayList<>();

        @Override
        public void onProgress(long done, long total) {
            calls.add(new long[] {done, total});
        }

        @Override
        public void onRetry(RetryNotice notice) {
            retries.add(notice);
        }

        long[] last() {
            return calls.get(calls.size() - 1);
        }
    }

    private List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.toList();
        }
    }

    @Test
    void uploadProgressIsExactAndMonotonic() throws Exception {
        // Large enough to take several of the 50 ms reporting intervals even on a fast machine.
        long size = 4 * SIZE;
        Path local = Sandbox.writeFile(dir.resolve("big.jsonl"), size, 11);
        Recorder progress = new Recorder();
        FileObject uploaded = client.upload(UploadRequest.of(local, "fine-tune"), progress, CancelToken.none());
        assertEquals(size, uploaded.bytes());
        assertArrayEquals(new long[] {size, size}, progress.last());
        long previous = -1;
        for (long[] call : progress.calls) {
            assertEquals(size, call[1]);
            assertTrue(call[0] >= previous, "progress never goes back");
            previous = call[0];
        }
        assertTrue(progress.calls.size() > 2, "intermediate progress was reported");
        assertTrue(progress.calls.size() < 2000, "progress is rate limited, not per buffer: " + progress.calls.size());
    }

    @Test
    void cancelledUploadLeavesNothingOnTheServerAndTheLocalFileUntouched() throws Exception {
        Path local = Sandbox.writeFile(dir.resolve("big.jsonl"), SIZE, 12);
        String before = Sandbox.sha256(local);
        // Slow the server down so that the cancel lands mid-body.
        sandbox.server.faults().add(FaultRule.on("POST", "/files", Fault.delay(Duration.ofMillis(300))));
        CancelToken cancel = new CancelToken();
        TransferListener cancelHalfway = new TransferListener() {
            @Override
            public void onProgress(long done, long total) {
                if (done > 0) {
                    cancel.cancel();
                }
            }
        };
        ApiException e = assertThrows(ApiException.class, () -> client.upload(UploadRequest.of(local, "batch"), cancelHalfway, cancel));
        assertTrue(e.isCancelled(), e.toString());
        assertEquals(before, Sandbox.sha256(local));
        assertTrue(client.list(ListQuery.firstPage(10)).files().isEmpty());
        Path tmp = sandbox.server.dataDir().resolve("tmp");
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (Files.isDirectory(tmp) && !filesIn(tmp).isEmpty() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertTrue(!Files.isDirectory(tmp) || filesIn(tmp).isEmpty(), "the server dropped the partial upload");
    }

    @Test
    void interruptingTheUploadingThreadCancels() throws Exception {
        Path local = Sandbox.writeFile(dir.resolve("big.jsonl"), SIZE, 13);
        sandbox.server.faults().add(FaultRule.on("POST", "/files", Fault.delay(Duration.ofSeconds(5))));
        Thread self = Thread.currentThread();
        Thread interrupter = new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException ignored) {
                return;
            }
            self.interrupt();
        });
        interrupter.start();
        long start = System.nanoTime();
        ApiException e = assertThrows(ApiException.class, () -> client.upload(UploadRequest.of(local, "batch")));
        assertTrue(Thread.interrupted(), "the interrupt is kept");
        assertTrue(e.isCancelled());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(4).toNanos(), "cancelled promptly");
    }

    @Test
    void downloadProgressAndContent() throws Exception {
        Path local = Sandbox.writeFile(dir.resolve("src.bin"), SIZE, 14);
        FileObject uploaded = client.upload(UploadRequest.of(local, "fine-tune"));
        Recorder progress = new Recorder();
        Path target = dir.resolve("downloads").resolve("copy.bin");
        client.download(DownloadRequest.of(uploaded.id(), target).expecting(uploaded.bytes()), progress, CancelToken.none());
        assertEquals(Sandbox.sha256(local), Sandbox.sha256(target));
        assertArrayEquals(new long[] {SIZE, SIZE}, progress.last());
        assertEquals(List.of(target), filesIn(target.getParent()), "no temporary file is left");
        if (target.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            // The saved file gets the user's usual permissions, not a temporary file's owner-only ones.
            Path ordinary = Files.createFile(dir.resolve("ordinary.txt"));
            assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(target));
        }
    }

    @Test
    void brokenDownloadIsRetriedAndThenLeavesNothingBehind() throws Exception {
        Path local = Sandbox.writeFile(dir.resolve("src.bin"), SIZE, 15);
        FileObject uploaded = client.upload(UploadRequest.of(local, "fine-tune"));
        Path folder = Files.createDirectories(dir.resolve("downloads"));

        // One broken answer: the retry succeeds.
        sandbox.server.faults().add(FaultRule.on("GET", "/files/[^/]+/content", Fault.truncateAfter(1_000_000)));
        Recorder progress = new Recorder();
        Path ok = client.download(DownloadRequest.of(uploaded.id(), folder.resolve("ok.bin")), progress, CancelToken.none());
        assertEquals(Sandbox.sha256(local), Sandbox.sha256(ok));
        assertEquals(1, progress.retries.size());

        // Broken every time: the download fails and no file, partial or final, remains.
        sandbox.server.faults().add(FaultRule.on("GET", "/files/[^/]+/content", Fault.truncateAfter(1_000_000)).times(3));
        Path target = folder.resolve("broken.bin");
        ApiException e = assertThrows(ApiException.class, () -> client.download(DownloadRequest.of(uploaded.id(), target)));
        assertEquals(ApiException.Kind.CONNECTION, e.kind(), e.getMessage());
        assertFalse(Files.exists(target));
        assertEquals(List.of(ok), filesIn(folder));
    }

    @Test
    void cancelledDownloadLeavesNothingBehind() throws Exception {
        Path local = Sandbox.writeFile(dir.resolve("src.bin"), SIZE, 16);
        FileObject uploaded = client.upload(UploadRequest.of(local, "fine-tune"));
        Path folder = Files.createDirectories(dir.resolve("downloads"));
        CancelToken cancel = new CancelToken();
        TransferListener cancelEarly = new TransferListener() {
            @Override
            public void onProgress(long done, long total) {
                if (done > 0) {
                    cancel.cancel();
                }
            }
        };
        ApiException e = assertThrows(ApiException.class,
                () -> client.download(DownloadRequest.of(uploaded.id(), folder.resolve("x.bin")), cancelEarly, cancel));
        assertTrue(e.isCancelled());
        assertTrue(filesIn(folder).isEmpty());
    }

    @Test
    void existingFileIsNeverReplacedUnlessAsked() throws Exception {
        Path local = Files.writeString(dir.resolve("new.jsonl"), "new\n");
        FileObject uploaded = client.upload(UploadRequest.of(local, "batch"));
        Path existing = Files.writeString(dir.resolve("existing.jsonl"), "old\n");
        ApiException e = assertThrows(ApiException.class, () -> client.download(DownloadRequest.of(uploaded.id(), existing)));
        assertEquals(ApiException.Kind.LOCAL_IO, e.kind());
        assertEquals("old\n", Files.readString(existing));
        client.download(DownloadRequest.of(uploaded.id(), existing).replacingExisting());
        assertEquals("new\n", Files.readString(existing));
    }

    @Test
    void sizeDifferentFromTheFileObjectIsRefused() throws Exception {
        Path local = Files.writeString(dir.resolve("a.jsonl"), "abc\n");
        FileObject uploaded = client.upload(UploadRequest.of(local, "batch"));
        Path target = dir.resolve("a-copy.jsonl");
        ApiException e = assertThrows(ApiException.class, () -> client.download(DownloadRequest.of(uploaded.id(), target).expecting(999L)));
        assertEquals(ApiException.Kind.PROTOCOL, e.kind());
        assertFalse(Files.exists(target));
    }

    @Test
    void stalledDownloadTimesOut() throws Exception {
        Path local = Files.writeString(dir.resolve("a.jsonl"), "abc\n");
        FileObject uploaded = client.upload(UploadRequest.of(local, "batch"));
        sandbox.server.faults().add(FaultRule.on("GET", "/files/[^/]+/content", Fault.delay(Duration.ofSeconds(5))).times(3));
        FilesClient impatient = new FilesClient(sandbox.config().withRetryPolicy(RetryPolicy.never())
                .withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(700), Duration.ofMillis(700)));
        Path target = dir.resolve("slow.jsonl");
        ApiException e = assertThrows(ApiException.class, () -> impatient.download(DownloadRequest.of(uploaded.id(), target)));
        assertEquals(ApiException.Kind.TIMEOUT, e.kind(), e.getMessage());
        assertFalse(Files.exists(target));
    }

    @Test
    void previewStopsEarlyWithoutReadingTheWholeFile() throws Exception {
        Path local = Sandbox.writeFile(dir.resolve("src.bin"), SIZE, 17);
        FileObject uploaded = client.upload(UploadRequest.of(local, "fine-tune"));
        sandbox.server.requests().clear();
        try (ContentStream in = client.openContent(uploaded.id())) {
            assertEquals(SIZE, in.length());
            byte[] head = in.readNBytes(64 * 1024);
            assertEquals(64 * 1024, head.length);
            try (InputStream original = Files.newInputStream(local)) {
                assertArrayEquals(original.readNBytes(64 * 1024), head);
            }
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        long sent;
        do {
            sent = sandbox.server.requests().all().stream().filter(r -> r.path().endsWith("/content"))
                    .mapToLong(r -> r.responseBodyBytes()).sum();
        } while (sent == 0 && System.nanoTime() < deadline);
        assertTrue(sent < SIZE / 2, "the server stopped sending early: " + sent);
    }
}
