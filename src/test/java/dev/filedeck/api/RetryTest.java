package dev.filedeck.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filedeck.sandbox.Fault;
import dev.filedeck.sandbox.FaultRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Automatic retries against real failing answers from the sandbox. */
class RetryTest {

    @TempDir
    Path dir;
    private Sandbox sandbox;
    private FilesClient client;
    private final List<RetryNotice> notices = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        sandbox = Sandbox.start(dir);
        client = sandbox.client();
        client.setRetryListener(notices::add);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private long listCalls() {
        return sandbox.server.requests().all().stream().filter(r -> r.method().equals("GET")).count();
    }

    @Test
    void rateLimitWithRetryAfterIsWaitedOutAndObserved() {
        sandbox.server.faults().add(FaultRule.on("GET", "/files", Fault.rateLimited("1")));
        long start = System.nanoTime();
        FilePage page = client.list(ListQuery.firstPage(10));
        long waitedMs = (System.nanoTime() - start) / 1_000_000;
        assertTrue(page.files().isEmpty());
        assertTrue(waitedMs >= 950, "waited " + waitedMs + " ms");
        assertEquals(1, notices.size());
        RetryNotice notice = notices.get(0);
        assertEquals(429, notice.status());
        assertEquals(Duration.ofSeconds(1), notice.delay());
        assertEquals("rate limited, retrying in 1 s", notice.describe());
        assertTrue(notice.requestId().startsWith("req_"));
        assertEquals(2, listCalls());
    }

    @Test
    void retryAfterMillisecondsIsPreferred() {
        sandbox.server.faults().add(FaultRule.on("GET", "/files",
                Fault.status(429, Map.of("retry-after-ms", "150", "Retry-After", "30"), null)));
        client.list(ListQuery.firstPage(10));
        assertEquals(Duration.ofMillis(150), notices.get(0).delay());
    }

    @Test
    void serverErrorsAreRetriedTwiceThenReported() {
        sandbox.server.faults().add(FaultRule.on("GET", "/files", Fault.status(500)).times(3));
        ApiException e = assertThrows(ApiException.class, () -> client.list(ListQuery.firstPage(10)));
        assertEquals(500, e.status());
        assertEquals(2, notices.size());
        assertEquals(3, listCalls());
    }

    @Test
    void transientFailuresRecover() {
        // An answer cut off mid-body (a connection closed before any answer, the JDK's own
        // client quietly retries once by itself).
        sandbox.server.faults().add(FaultRule.on("GET", "/files", Fault.truncateAfter(5)));
        sandbox.server.faults().add(FaultRule.on("GET", "/files", Fault.status(503)));
        assertTrue(client.list(ListQuery.firstPage(10)).files().isEmpty());
        assertEquals(2, notices.size());
        assertEquals(0, notices.get(0).status());
        assertEquals("connection failed", notices.get(0).reason());
        assertEquals(503, notices.get(1).status());
        assertEquals("server error 503", notices.get(1).reason());
    }

    @Test
    void clientErrorsAreNotRetried() {
        assertThrows(ApiException.class, () -> client.retrieve("file-missing"));
        assertTrue(notices.isEmpty());
    }

    @Test
    void serverMaySayDoNotRetry() {
        sandbox.server.faults().add(FaultRule.on("GET", "/files", Fault.status(503, Map.of("x-should-retry", "false"), null)));
        assertThrows(ApiException.class, () -> client.list(ListQuery.firstPage(10)));
        assertTrue(notices.isEmpty());
        assertEquals(1, listCalls());
    }

    @Test
    void serverMayAskForARetryOfAnOtherwiseFinalStatus() {
        sandbox.server.faults().add(FaultRule.on("GET", "/files", Fault.status(400, Map.of("x-should-retry", "true"), null)));
        client.list(ListQuery.firstPage(10));
        assertEquals(1, notices.size());
    }

    @Test
    void deleteIsRetried() throws Exception {
        Path local = Files.writeString(dir.resolve("a.jsonl"), "{}\n");
        FileObject file = client.upload(UploadRequest.of(local, "batch"));
        sandbox.server.faults().add(FaultRule.on("DELETE", "/files/[^/]+", Fault.status(502)));
        assertTrue(client.delete(file.id()).deleted());
        assertEquals(1, notices.size());
    }

    @Test
    void uploadIsRetriedOn429And503Only() throws Exception {
        Path local = Sandbox.writeFile(dir.resolve("u.jsonl"), 200_000, 3);
        List<RetryNotice> uploadNotices = new CopyOnWriteArrayList<>();
        TransferListener listener = new TransferListener() {
            @Override
            public void onRetry(RetryNotice notice) {
                uploadNotices.add(notice);
            }
        };
        sandbox.server.faults().add(FaultRule.on("POST", "/files", Fault.rateLimited("0")));
        sandbox.server.faults().add(FaultRule.on("POST", "/files", Fault.status(503)));
        FileObject uploaded = client.upload(UploadRequest.of(local, "batch"), listener, CancelToken.none());
        assertEquals(2, uploadNotices.size());
        assertEquals(Files.size(local), uploaded.bytes());
        assertEquals(1, client.list(ListQuery.firstPage(10)).files().size(), "exactly one file was stored");

        uploadNotices.clear();
        sandbox.server.faults().add(FaultRule.on("POST", "/files", Fault.status(500)));
        ApiException e = assertThrows(ApiException.class, () -> client.upload(UploadRequest.of(local, "batch"), listener, CancelToken.none()));
        assertEquals(500, e.status());
        assertTrue(uploadNotices.isEmpty(), "a 500 may have stored the file: no automatic retry");
    }

    @Test
    void retryPolicyParsesHttpDatesAndCapsServerDelays() {
        RetryPolicy policy = RetryPolicy.defaults();
        java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.parse("2026-11-25T10:00:00Z"), java.time.ZoneOffset.UTC);
        var date = java.net.http.HttpHeaders.of(Map.of("retry-after", List.of("Wed, 25 Nov 2026 10:00:05 GMT")), (a, b) -> true);
        assertEquals(Duration.ofSeconds(5), policy.delayBefore(1, date, clock));
        var tooLong = java.net.http.HttpHeaders.of(Map.of("retry-after", List.of("3600")), (a, b) -> true);
        Duration fallback = policy.delayBefore(1, tooLong, clock);
        assertTrue(fallback.toMillis() <= 500 && fallback.toMillis() >= 375, fallback.toString());
        Duration third = policy.delayBefore(3, null, clock);
        assertTrue(third.toMillis() <= 2000 && third.toMillis() >= 1500, third.toString());
        Duration capped = policy.delayBefore(10, null, clock);
        assertTrue(capped.toMillis() <= 8000 && capped.toMillis() >= 6000, capped.toString());
    }
}
