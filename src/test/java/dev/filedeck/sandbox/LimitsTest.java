package dev.filedeck.sandbox;

import static dev.filedeck.sandbox.TestClient.assertError;
import static dev.filedeck.sandbox.TestClient.json;
import static dev.filedeck.sandbox.TestClient.ok;
import static dev.filedeck.sandbox.TestClient.randomBytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Size limits: 1 KiB a file, 512 bytes for batch, 2 KiB in all; enforced while streaming, leaving nothing behind. */
class LimitsTest {

    @TempDir
    Path dir;
    private SandboxServer server;
    private TestClient client;

    @BeforeEach
    void start() throws Exception {
        server = SandboxServer.start(SandboxConfig.forTests(dir).withLimits(new Limits(1024, 512, 2048)));
        client = new TestClient(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void assertNothingLeftBehind(int storedFiles) throws IOException {
        try (Stream<Path> tmp = Files.list(dir.resolve("tmp"))) {
            assertEquals(List.of(), tmp.toList(), "the partial upload was deleted");
        }
        try (Stream<Path> files = Files.list(dir.resolve("files"))) {
            assertEquals(2L * storedFiles, files.count());
        }
        assertEquals(storedFiles, json(ok(client.get("/files"))).get("data").size());
    }

    @Test
    void perFileLimit() throws Exception {
        JsonNode error = assertError(client.upload("big.jsonl", randomBytes(1025, 1), "fine-tune"), 413, "file", "file_too_large");
        assertTrue(error.get("message").asText().contains("1 KiB"), error.toString());
        assertNothingLeftBehind(0);
        assertEquals(200, client.upload("fits.jsonl", randomBytes(1024, 2), "fine-tune").statusCode());
        assertNothingLeftBehind(1);
    }

    @Test
    void batchLimitWhetherThePurposeComesBeforeOrAfterTheFile() throws Exception {
        assertError(client.upload("batch.jsonl", randomBytes(513, 1), "batch"), 413, "file", "file_too_large");
        assertError(client.post(new Multipart().file("batch.jsonl", randomBytes(513, 1)).field("purpose", "batch")),
                413, "file", "file_too_large");
        assertNothingLeftBehind(0);
        assertEquals(200, client.upload("batch.jsonl", randomBytes(512, 1), "batch").statusCode());
        assertEquals(200, client.upload("other.jsonl", randomBytes(700, 1), "fine-tune").statusCode(), "only batch has 512");
        assertNothingLeftBehind(2);
    }

    @Test
    void totalLimit() throws Exception {
        String first = client.uploaded("a.jsonl", randomBytes(1000, 1), "fine-tune").get("id").asText();
        client.uploaded("b.jsonl", randomBytes(1000, 2), "fine-tune");
        JsonNode error = assertError(client.upload("c.jsonl", randomBytes(100, 3), "fine-tune"), 413, "file", "storage_limit_exceeded");
        assertTrue(error.get("message").asText().contains("2 KiB"), error.toString());
        assertNothingLeftBehind(2);
        assertEquals(200, client.delete(first).statusCode());
        assertEquals(200, client.upload("c.jsonl", randomBytes(100, 3), "fine-tune").statusCode(), "deleting frees room");
        assertNothingLeftBehind(2);
    }

    @Test
    void clearlyOversizedContentLengthIsRefusedBeforeReading() throws Exception {
        server.requests().clear();
        assertError(client.upload("huge.jsonl", randomBytes(200_000, 1), "fine-tune"), 413, "file", "file_too_large");
        RecordedRequest post = server.requests().all().get(0);
        assertEquals(413, post.status());
        assertEquals(0, post.requestBodyBytes(), "refused on the Content-Length alone");
        assertNothingLeftBehind(0);
        assertEquals(200, client.get("/files").statusCode(), "the server is fine afterwards");
    }

    @Test
    void aLargeRefusedUploadStillGetsItsAnswer() throws Exception {
        // Refused early, the rest of 30 MB is still on its way: the server reads it off so the client, busy
        // sending, does not lose the answer to a connection reset.
        Path body = dir.resolve("body.bin");
        String boundary = "----big";
        try (var out = Files.newOutputStream(body)) {
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nno-such-purpose\r\n--"
                    + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.jsonl\"\r\n\r\n").getBytes());
            byte[] block = new byte[1024 * 1024];
            for (int i = 0; i < 30; i++) {
                out.write(block);
            }
            out.write(("\r\n--" + boundary + "--\r\n").getBytes());
        }
        HttpRequest request = client.request("/files").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofFile(body)).build();
        assertError(client.send(request), 413, "file", "file_too_large"); // on the Content-Length
        server.close();
        server = SandboxServer.start(SandboxConfig.forTests(dir).withLimits(Limits.openAi()));
        client = new TestClient(server);
        request = client.request("/files").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofFile(body)).build();
        assertError(client.send(request), 400, "purpose", null); // on the purpose, before the file part
        assertEquals(200, client.get("/files").statusCode());
        Files.delete(body);
        assertNothingLeftBehind(0);
    }

    @Test
    void chunkedUploadWithoutLengthIsStoppedWhileStreaming() throws Exception {
        Multipart form = new Multipart().field("purpose", "fine-tune").file("chunked.jsonl", randomBytes(5000, 1));
        HttpRequest request = client.request("/files").header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(form.bytes()))).build();
        HttpResponse<String> response = client.send(request);
        assertError(response, 413, "file", "file_too_large");
        assertNothingLeftBehind(0);
    }
}
