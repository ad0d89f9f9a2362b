package dev.filedeck.sandbox;

import static dev.filedeck.sandbox.TestClient.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the request log keeps: real byte counts, redacted credentials, a bounded history. */
class RequestLogTest {

    private static final int MB = 1024 * 1024;

    @TempDir
    Path dir;
    private SandboxServer server;
    private TestClient client;

    @BeforeEach
    void start() throws Exception {
        server = SandboxServer.start(SandboxConfig.forTests(dir.resolve("sandbox")));
        client = new TestClient(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void anAbortedDownloadIsLoggedWithTheBytesActuallySent() throws Exception {
        String id = uploadLargeFile(20 * MB);
        server.requests().clear();

        HttpResponse<InputStream> response = client.http.send(client.request("/files/" + id + "/content").GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        try (InputStream body = response.body()) {
            assertEquals(MB, body.readNBytes(MB).length);
        } // closing early aborts the exchange and closes the connection

        RecordedRequest logged = awaitEntry("/content");
        assertEquals(200, logged.status());
        assertTrue(logged.responseBodyBytes() >= MB, "at least what the client read: " + logged.responseBodyBytes());
        assertTrue(logged.responseBodyBytes() < 10L * MB,
                "well below the 20 MB announced (socket buffers hold a few MB): " + logged.responseBodyBytes());
    }

    private String uploadLargeFile(int size) throws IOException {
        Path local = dir.resolve("large.bin");
        Multipart head = new Multipart().field("purpose", "batch");
        byte[] block = new byte[MB];
        new Random(5).nextBytes(block);
        String boundaryLine = new String(head.bytes(), java.nio.charset.StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        try (OutputStream out = Files.newOutputStream(local)) {
            // The same boundary as the builder, streamed from disk so the test holds no 20 MB array.
            out.write(("" + boundaryLine + "\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nbatch\r\n").getBytes());
            out.write((boundaryLine + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"large.bin\"\r\n\r\n").getBytes());
            for (int written = 0; written < size; written += MB) {
                out.write(block);
            }
            out.write(("\r\n" + boundaryLine + "--\r\n").getBytes());
        }
        HttpResponse<String> response = client.send(client.request("/files").header("Content-Type", head.contentType())
                .POST(HttpRequest.BodyPublishers.ofFile(local)).build());
        Files.delete(local);
        return TestClient.json(ok(response)).get("id").asText();
    }

    /** The aborted handler finishes when its blocked write fails, a moment after the client hangs up. */
    private RecordedRequest awaitEntry(String pathSuffix) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (RecordedRequest request : server.requests().all()) {
                if (request.path().endsWith(pathSuffix)) {
                    return request;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the aborted download was never logged: " + server.requests().all());
    }

    @Test
    void entriesDescribeTheRequestWithCredentialsRedacted() {
        Multipart form = new Multipart().field("purpose", "batch").file("a.jsonl", TestClient.utf8("{}\n"));
        HttpResponse<String> upload = client.send(client.request("/files").header("Content-Type", form.contentType())
                .header("OpenAI-Project", "proj_123").POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes())).build());
        ok(upload);
        client.get("/files?limit=5&order=asc");

        List<RecordedRequest> all = server.requests().all();
        assertEquals(2, all.size(), "the entry is there as soon as the client has its answer");
        RecordedRequest post = all.get(0);
        assertEquals("POST", post.method());
        assertEquals("/v1/files", post.path());
        assertNull(post.query());
        assertEquals(200, post.status());
        assertEquals(form.bytes().length, post.requestBodyBytes());
        assertEquals(upload.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length, post.responseBodyBytes());
        assertEquals(List.of("<redacted>"), post.headers().get("authorization"));
        assertEquals("proj_123", post.header("OpenAI-Project"));
        assertTrue(post.headers().keySet().stream().allMatch(name -> name.equals(name.toLowerCase(java.util.Locale.ROOT))));
        assertFalse(post.toString().contains(server.apiKey()), "the key appears nowhere in the log");

        RecordedRequest get = all.get(1);
        assertEquals("limit=5&order=asc", get.query());
        assertEquals(0, get.requestBodyBytes());
    }

    @Test
    void azureKeyHeaderIsRedactedToo() {
        server.setDialect(Dialect.AZURE);
        client.get("/files");
        RecordedRequest get = server.requests().all().get(0);
        assertEquals(200, get.status());
        assertEquals(List.of("<redacted>"), get.headers().get("api-key"));
        assertTrue(get.query().startsWith("api-version="));
    }

    @Test
    void failedRequestsAreLoggedToo() {
        client.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/files"))
                .header("Authorization", "Bearer sk-wrong-key-1234567890").GET().build());
        client.get("/nowhere");
        Map<String, Integer> statuses = server.requests().all().stream()
                .collect(Collectors.toMap(RecordedRequest::path, RecordedRequest::status));
        assertEquals(Map.of("/v1/files", 401, "/v1/nowhere", 404), statuses);
        assertEquals(List.of("<redacted>"), server.requests().all().get(0).headers().get("authorization"));
    }

    @Test
    void theLogKeepsTheLast2000() {
        RequestLog log = new RequestLog();
        for (int i = 0; i < 2100; i++) {
            log.add(new RecordedRequest("GET", "/v1/files/" + i, null, Map.of(), 200, 0, 0));
        }
        List<RecordedRequest> all = log.all();
        assertEquals(2000, all.size());
        assertEquals("/v1/files/100", all.get(0).path());
        assertEquals("/v1/files/2099", all.get(1999).path());
        log.clear();
        assertTrue(log.all().isEmpty());
    }
}
