package dev.filedeck.sandbox;

import static dev.filedeck.sandbox.TestClient.assertError;
import static dev.filedeck.sandbox.TestClient.assertRequestId;
import static dev.filedeck.sandbox.TestClient.json;
import static dev.filedeck.sandbox.TestClient.ok;
import static dev.filedeck.sandbox.TestClient.randomBytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each fault kind as a client sees it, and how rules match and run out. */
class FaultsTest {

    @TempDir
    Path dir;
    private SandboxServer server;
    private TestClient client;

    @BeforeEach
    void start() throws Exception {
        server = SandboxServer.start(SandboxConfig.forTests(dir));
        client = new TestClient(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void arm(String method, String path, Fault fault) {
        server.faults().add(FaultRule.on(method, path, fault));
    }

    @Test
    void rateLimitedWithRetryAfterThenNormal() {
        arm("GET", "/files", Fault.rateLimited("7"));
        HttpResponse<String> limited = client.get("/files");
        assertError(limited, 429, null, "rate_limit_exceeded");
        assertEquals("7", limited.headers().firstValue("Retry-After").orElseThrow());
        assertEquals(200, client.get("/files").statusCode(), "the rule applied once and is spent");
    }

    @Test
    void statusRepeatsTimesThenStops() {
        server.faults().add(FaultRule.on("GET", "/files", Fault.status(500)).times(2));
        assertError(client.get("/files"), 500, null, null);
        assertError(client.get("/files"), 500, null, null);
        assertEquals(200, client.get("/files").statusCode());
    }

    @Test
    void rawStatusHeadersAndBody() {
        arm("GET", "/files", Fault.status(418, Map.of("Content-Type", "text/plain", "X-Extra", "yes"), "I'm a teapot"));
        HttpResponse<String> response = client.get("/files");
        assertEquals(418, response.statusCode());
        assertEquals("I'm a teapot", response.body());
        assertEquals("yes", response.headers().firstValue("x-extra").orElseThrow());
        assertRequestId(response);
    }

    @Test
    void htmlErrorLikeAProxy() {
        arm("GET", "/files", Fault.htmlError(502));
        HttpResponse<String> response = client.get("/files");
        assertEquals(502, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(response.body().contains("<html>") && response.body().contains("502 Bad Gateway"), response.body());
        assertRequestId(response);
    }

    @Test
    void plainTextError() {
        arm(null, "/files", Fault.plainText(503, "upstream connect error or disconnect/reset before headers"));
        HttpResponse<String> response = client.get("/files");
        assertEquals(503, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"));
        assertEquals("upstream connect error or disconnect/reset before headers", response.body());
        assertRequestId(response);
    }

    @Test
    void malformedJson() {
        arm("GET", "/files", Fault.malformedJson());
        HttpResponse<String> response = client.get("/files");
        assertEquals(200, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        assertThrows(JsonProcessingException.class, () -> TestClient.JSON.readTree(response.body()));
    }

    @Test
    void delayThenNormalAnswer() {
        arm("GET", "/files", Fault.delay(Duration.ofMillis(600)));
        long started = System.nanoTime();
        HttpResponse<String> response = client.get("/files");
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(200, response.statusCode());
        assertTrue(millis >= 600, "took " + millis + " ms");
    }

    @Test
    void truncatedDownloadGivesFewerBytesThanAnnounced() throws Exception {
        byte[] content = randomBytes(100_000, 1);
        String id = client.uploaded("big.bin", content, "batch").get("id").asText();
        arm("GET", "/files/[^/]+/content", Fault.truncateAfter(1000));
        HttpResponse<InputStream> response = client.http.send(client.request("/files/" + id + "/content").GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        assertEquals("100000", response.headers().firstValue("Content-Length").orElseThrow(), "the full length is announced");
        byte[] buffer = new byte[8192];
        long received = 0;
        IOException cut = null;
        try (InputStream body = response.body()) {
            for (int n; (n = body.read(buffer)) >= 0; ) {
                received += n;
            }
        } catch (IOException e) {
            cut = e;
        }
        assertNotNull(cut, "the body ends in an error, not a clean end of stream");
        assertEquals(1000, received);
        RecordedRequest logged = last("/content");
        assertEquals(1000, logged.responseBodyBytes());
        assertEquals(200, ok(client.content(id)).statusCode(), "spent after one use");
    }

    @Test
    void truncatedListIsAnIncompleteBody() {
        for (int i = 0; i < 5; i++) {
            client.uploaded("f" + i + ".jsonl", randomBytes(10, i), "batch");
        }
        arm("GET", "/files", Fault.truncateAfter(50));
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> client.get("/files"));
        assertTrue(e.getCause() instanceof IOException);
        assertEquals(50, last("/files").responseBodyBytes());
    }

    @Test
    void droppedConnectionIsAnIOException() {
        // java.net.http quietly retries a GET whose connection closed before any byte came back: drop them all.
        server.faults().add(FaultRule.on("GET", "/files", Fault.dropConnection()).times(10));
        assertThrows(IOException.class, () -> client.http.send(client.request("/files").GET().build(), HttpResponse.BodyHandlers.ofString()));
        RecordedRequest logged = last("/files");
        assertEquals(0, logged.status(), "no answer was given");
        assertEquals(0, logged.responseBodyBytes());
        server.faults().clear();
        assertEquals(200, client.get("/files").statusCode());
    }

    @Test
    void redirectGivesLocation() {
        arm("GET", "/files/[^/]+/content", Fault.redirect(302, "https://storage.example.com/presigned?sig=abc"));
        HttpResponse<String> response = client.send(client.request("/files/file-anything/content").GET().build());
        assertEquals(302, response.statusCode());
        assertEquals("https://storage.example.com/presigned?sig=abc", response.headers().firstValue("Location").orElseThrow());
        assertRequestId(response);
    }

    @Test
    void rulesMatchMethodAndWholePath() {
        arm("DELETE", "/files/[^/]+", Fault.status(500));
        arm("GET", "/files/[^/]+/content", Fault.status(502));
        assertEquals(200, client.get("/files").statusCode());
        assertEquals(404, client.get("/files/file-x").statusCode(), "GET is not DELETE; /files/x is not /files/x/content");
        assertEquals(502, client.send(client.request("/files/file-x/content").GET().build()).statusCode());
        assertEquals(500, client.delete("file-x").statusCode());
    }

    @Test
    void rulesApplyInTheOrderAdded() {
        arm("GET", "/files", Fault.status(503));
        arm("GET", "/files", Fault.plainText(502, "second"));
        server.faults().add(FaultRule.on("GET", "/files", Fault.dropConnection()).times(10));
        assertEquals(503, client.get("/files").statusCode());
        assertEquals("second", client.get("/files").body());
        assertThrows(UncheckedIOException.class, () -> client.get("/files"));
        server.faults().clear();
        assertEquals(200, client.get("/files").statusCode());
    }

    @Test
    void answerFaultsWaitForAnAcceptedKey() {
        arm("GET", "/files", Fault.status(500));
        HttpResponse<String> anonymous = client.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/files")).GET().build());
        assertEquals(401, anonymous.statusCode(), "authentication comes first");
        assertEquals(500, client.get("/files").statusCode(), "the rule was still armed");
    }

    @Test
    void networkFaultsHappenBeforeAuthentication() {
        arm("GET", "/files", Fault.redirect(307, "http://elsewhere.example/v1/files"));
        HttpResponse<String> anonymous = client.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/files")).GET().build());
        assertEquals(307, anonymous.statusCode());
    }

    @Test
    void clearDisarmsEverything() {
        server.faults().add(FaultRule.on(null, null, Fault.status(500)).times(100));
        assertEquals(500, client.get("/files").statusCode());
        server.faults().clear();
        assertEquals(200, client.get("/files").statusCode());
    }

    @Test
    void rulesOnlyMatchUnderTheCurrentPrefix() {
        arm("GET", "/files", Fault.status(500));
        HttpResponse<String> elsewhere = client.send(HttpRequest.newBuilder(URI.create(server.baseUrl(Dialect.SCALEGENAI) + "/files"))
                .header("Authorization", "Bearer " + server.apiKey()).GET().build());
        assertEquals(404, elsewhere.statusCode());
        assertEquals(500, client.get("/files").statusCode());
    }

    @Test
    void faultAnswersAreRecorded() {
        arm("GET", "/files", Fault.htmlError(504));
        client.get("/files");
        RecordedRequest logged = last("/files");
        assertEquals(504, logged.status());
        assertTrue(logged.responseBodyBytes() > 0);
    }

    private RecordedRequest last(String pathSuffix) {
        List<RecordedRequest> all = server.requests().all();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).path().endsWith(pathSuffix)) {
                return all.get(i);
            }
        }
        throw new AssertionError("no request to " + pathSuffix + " in " + all);
    }

    @Test
    void faultRuleValidation() {
        assertThrows(IllegalArgumentException.class, () -> FaultRule.on("GET", "/files", Fault.status(500)).times(0));
        assertThrows(java.util.regex.PatternSyntaxException.class, () -> FaultRule.on("GET", "/files/(", Fault.status(500)));
        assertThrows(IllegalArgumentException.class, () -> Fault.redirect(200, "x"));
        assertThrows(IllegalArgumentException.class, () -> Fault.status(42));
        assertEquals("GET", FaultRule.on("get", "/files", Fault.status(500)).method());
        assertEquals(3, FaultRule.on("GET", "/files", Fault.status(500)).times(3).times());
        assertEquals(json(ok(client.get("/files"))).get("object").asText(), "list");
    }
}
