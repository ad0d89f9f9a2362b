package dev.filedeck.sandbox;

import static dev.filedeck.sandbox.TestClient.assertError;
import static dev.filedeck.sandbox.TestClient.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every 400, 401, 404 and 405 the server gives, each in OpenAI's error shape with a request id. */
class ErrorAnswersTest {

    private static final String KEY = "sk-sandbox-correct-key-0123456789";

    @TempDir
    Path dir;
    private SandboxServer server;
    private TestClient client;

    @BeforeEach
    void start() throws Exception {
        server = SandboxServer.start(SandboxConfig.forTests(dir).withApiKey(KEY));
        client = new TestClient(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void missingFileOrPurpose() {
        assertError(client.post(new Multipart().field("purpose", "batch")), 400, "file", null);
        assertError(client.post(new Multipart().file("a.jsonl", utf8("{}\n"))), 400, "purpose", null);
        assertError(client.post(new Multipart().field("purpose", "").file("a.jsonl", utf8("{}\n"))), 400, "purpose", null);
    }

    @Test
    void fileSentAsPlainFieldOrWithoutName() {
        assertError(client.post(new Multipart().field("purpose", "batch").field("file", "just text")), 400, "file", null);
        assertError(client.post(new Multipart().field("purpose", "batch")
                .fileWithDisposition("form-data; name=\"file\"; filename=\"\"", utf8("x"))), 400, "file", null);
    }

    @Test
    void unknownPurposeForTheDialect() {
        JsonNode error = assertError(client.upload("a.jsonl", utf8("{}\n"), "batch-output"), 400, "purpose", null);
        assertTrue(error.get("message").asText().contains("batch-output"), error.toString());
        // Rejected before the file is streamed when the purpose comes first, and after when it comes last.
        assertError(client.post(new Multipart().file("a.jsonl", utf8("{}\n")).field("purpose", "ocr")), 400, "purpose", null);
        assertEquals(0, TestClient.json(client.get("/files")).get("data").size());
    }

    @Test
    void badExpiresAfter() {
        assertError(expiring("updated_at", "3600"), 400, "expires_after[anchor]", null);
        assertError(expiring("created_at", "3599"), 400, "expires_after[seconds]", null);
        assertError(expiring("created_at", "2592001"), 400, "expires_after[seconds]", null);
        assertError(expiring("created_at", "an hour"), 400, "expires_after[seconds]", null);
        assertError(expiring(null, "3600"), 400, "expires_after[anchor]", null);
        assertError(expiring("created_at", null), 400, "expires_after[seconds]", null);
        assertEquals(200, expiring("created_at", "2592000").statusCode());
    }

    private HttpResponse<String> expiring(String anchor, String seconds) {
        Multipart form = new Multipart().field("purpose", "batch");
        if (anchor != null) {
            form.field("expires_after[anchor]", anchor);
        }
        if (seconds != null) {
            form.field("expires_after[seconds]", seconds);
        }
        return client.post(form.file("e.jsonl", utf8("{}\n")));
    }

    @Test
    void notMultipart() {
        HttpResponse<String> json = client.send(client.request("/files").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"purpose\":\"batch\",\"file\":\"a.jsonl\"}")).build());
        assertError(json, 400, "file", null);
        HttpResponse<String> none = client.send(client.request("/files").POST(HttpRequest.BodyPublishers.ofString("x")).build());
        assertError(none, 400, "file", null);
    }

    @Test
    void malformedMultipartBody() {
        HttpResponse<String> noBoundary = client.send(client.request("/files").header("Content-Type", "multipart/form-data")
                .POST(HttpRequest.BodyPublishers.ofString("whatever")).build());
        assertError(noBoundary, 400, "file", null);
        String cutOff = "--b\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nbatch\r\n--b\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"a.jsonl\"\r\n\r\n{\"a\":";
        HttpResponse<String> truncated = client.send(client.request("/files").header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofString(cutOff)).build());
        assertError(truncated, 400, "file", null);
        assertEquals(0, TestClient.json(client.get("/files")).get("data").size());
    }

    @Test
    void badListParameters() {
        assertError(client.get("/files?limit=0"), 400, "limit", null);
        assertError(client.get("/files?limit=10001"), 400, "limit", null);
        assertError(client.get("/files?limit=ten"), 400, "limit", null);
        assertError(client.get("/files?order=sideways"), 400, "order", null);
        assertError(client.get("/files?after=file-AAAAAAAAAAAAAAAAAAAAAAAA"), 400, "after", null);
        assertEquals(200, client.get("/files?limit=10000&order=asc&after=").statusCode(), "an empty after means the start");
    }

    @Test
    void missingKey() {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/files")).GET().build());
        JsonNode error = assertError(response, 401, null, "invalid_api_key");
        assertEquals("invalid_request_error", error.get("type").asText());
    }

    @Test
    void wrongKeyIsMaskedInTheAnswer() {
        String wrong = "sk-wrong-key-abcdefghijklmnop";
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/files"))
                .header("Authorization", "Bearer " + wrong).GET().build());
        JsonNode error = assertError(response, 401, null, "invalid_api_key");
        String message = error.get("message").asText();
        assertTrue(message.startsWith("Incorrect API key provided: sk-w"), message);
        assertTrue(message.contains("mnop"), message);
        assertFalse(response.body().contains(wrong), "the presented key is masked");
        assertFalse(response.body().contains(KEY), "the server's key never appears");
    }

    @Test
    void otherAuthorizationSchemesAreRefused() {
        HttpResponse<String> basic = client.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/files"))
                .header("Authorization", "Basic " + KEY).GET().build());
        assertError(basic, 401, null, "invalid_api_key");
        assertFalse(basic.body().contains(KEY));
        HttpResponse<String> apiKeyHeader = client.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/files"))
                .header("api-key", KEY).GET().build());
        assertError(apiKeyHeader, 401, null, "invalid_api_key");
        assertTrue(client.get("/files").statusCode() == 200, "the right key in the right place works");
    }

    @Test
    void unknownFileIs404WithOpenAisBody() throws Exception {
        for (HttpResponse<String> response : List.of(
                client.get("/files/file-nope"),
                client.send(client.request("/files/file-nope/content").GET().build()),
                client.delete("file-nope"))) {
            assertError(response, 404, "id", null);
            JsonNode expected = TestClient.JSON.readTree(
                    "{\"error\":{\"message\":\"No such File object: file-nope\",\"type\":\"invalid_request_error\",\"param\":\"id\",\"code\":null}}");
            assertEquals(expected, TestClient.json(response));
        }
    }

    @Test
    void unknownPathIs404() {
        assertError(client.get("/models"), 404, null, null);
        assertError(client.get("/files/a/b/c"), 404, null, null);
        assertError(client.get("/files/x/contents"), 404, null, null);
        assertError(client.get(""), 404, null, null);
        HttpResponse<String> otherPrefix = client.send(HttpRequest.newBuilder(URI.create(
                server.baseUrl().toString().replace("/v1", "/v2") + "/files")).GET().build());
        assertError(otherPrefix, 404, null, null);
    }

    @Test
    void wrongMethodIs405WithAllow() {
        HttpResponse<String> put = client.send(client.request("/files").PUT(HttpRequest.BodyPublishers.noBody()).build());
        assertError(put, 405, null, null);
        assertEquals("GET, POST", put.headers().firstValue("Allow").orElseThrow());
        HttpResponse<String> post = client.send(client.request("/files/file-x").POST(HttpRequest.BodyPublishers.noBody()).build());
        assertError(post, 405, null, null);
        assertEquals("GET, DELETE", post.headers().firstValue("Allow").orElseThrow());
        HttpResponse<String> delete = client.send(client.request("/files/file-x/content").DELETE().build());
        assertError(delete, 405, null, null);
        assertEquals("GET", delete.headers().firstValue("Allow").orElseThrow());
        HttpResponse<String> head = client.send(client.request("/files").method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(405, head.statusCode());
        TestClient.assertRequestId(head);
        assertEquals(200, client.get("/files").statusCode(), "the connection is still good");
    }

    @Test
    void everyAnswerHasItsOwnRequestId() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> response = i % 2 == 0 ? client.get("/files") : client.get("/files/file-missing");
            TestClient.assertRequestId(response);
            ids.add(response.headers().firstValue("x-request-id").orElseThrow());
        }
        assertEquals(20, ids.size());
        assertNotEquals(0, server.requests().all().size());
    }
}
