package dev.filedeck.sandbox;

import static dev.filedeck.sandbox.TestClient.assertError;
import static dev.filedeck.sandbox.TestClient.assertRequestId;
import static dev.filedeck.sandbox.TestClient.json;
import static dev.filedeck.sandbox.TestClient.ok;
import static dev.filedeck.sandbox.TestClient.randomBytes;
import static dev.filedeck.sandbox.TestClient.sha256;
import static dev.filedeck.sandbox.TestClient.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The five operations end to end over real HTTP, in the OpenAI dialect. */
class FilesRoundTripTest {

    private static final long NOW = 1_790_000_000L;

    @TempDir
    Path dir;
    private SandboxServer server;
    private TestClient client;

    @BeforeEach
    void start() throws Exception {
        server = SandboxServer.start(SandboxConfig.forTests(dir).withClock(MutableClock.at(NOW)));
        client = new TestClient(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void uploadRetrieveListDownloadDelete() {
        byte[] content = randomBytes(300_000, 1);
        HttpResponse<String> upload = ok(client.upload("train.jsonl", content, "fine-tune"));
        assertRequestId(upload);
        assertEquals("application/json", upload.headers().firstValue("Content-Type").orElseThrow());
        JsonNode file = json(upload);
        String id = file.get("id").asText();
        assertTrue(TestClient.FILE_ID.matcher(id).matches(), id);
        assertEquals("file", file.get("object").asText());
        assertEquals(content.length, file.get("bytes").asLong());
        assertEquals(NOW, file.get("created_at").asLong());
        assertEquals("train.jsonl", file.get("filename").asText());
        assertEquals("fine-tune", file.get("purpose").asText());
        assertEquals("processed", file.get("status").asText());
        assertFalse(file.has("expires_at"), "no expiry unless asked for");

        assertEquals(file, json(ok(client.get("/files/" + id))));

        JsonNode list = json(ok(client.get("/files")));
        assertEquals("list", list.get("object").asText());
        assertEquals(1, list.get("data").size());
        assertEquals(file, list.get("data").get(0));
        assertEquals(id, list.get("first_id").asText());
        assertEquals(id, list.get("last_id").asText());
        assertFalse(list.get("has_more").asBoolean());

        HttpResponse<byte[]> download = ok(client.content(id));
        assertEquals(sha256(content), sha256(download.body()));
        assertEquals(String.valueOf(content.length), download.headers().firstValue("Content-Length").orElseThrow());
        assertEquals("application/jsonl", download.headers().firstValue("Content-Type").orElseThrow());
        assertRequestId(download);

        JsonNode deleted = json(ok(client.delete(id)));
        assertEquals(id, deleted.get("id").asText());
        assertEquals("file", deleted.get("object").asText());
        assertTrue(deleted.get("deleted").asBoolean());

        assertError(client.get("/files/" + id), 404, "id", null);
        assertEquals(404, client.content(id).statusCode());
        assertError(client.delete(id), 404, "id", null);
        assertEquals(0, json(ok(client.get("/files"))).get("data").size());
    }

    @Test
    void nonAsciiFilenameInRawUtf8() {
        String name = "données_日本語 ✓.jsonl";
        JsonNode file = json(ok(client.post(new Multipart().field("purpose", "batch").file(name, utf8("{}\n")))));
        assertEquals(name, file.get("filename").asText());
        assertEquals(name, json(ok(client.get("/files/" + file.get("id").asText()))).get("filename").asText());
    }

    @Test
    void nonAsciiFilenameInRfc5987Form() {
        String name = "données_日本語 ✓.jsonl";
        JsonNode alone = json(ok(client.post(new Multipart().field("purpose", "batch").fileExtended(null, name, utf8("{}\n")))));
        assertEquals(name, alone.get("filename").asText());
        // With an ASCII fallback before it, the extended form still wins (RFC 6266).
        JsonNode withFallback = json(ok(client.post(new Multipart().field("purpose", "batch")
                .fileExtended("donnees.jsonl", name, utf8("{}\n")))));
        assertEquals(name, withFallback.get("filename").asText());
        // And after it too.
        JsonNode reversed = json(ok(client.post(new Multipart().field("purpose", "batch").fileWithDisposition(
                "form-data; name=\"file\"; filename*=UTF-8''caf%C3%A9.jsonl; filename=\"cafe.jsonl\"", utf8("{}\n")))));
        assertEquals("café.jsonl", reversed.get("filename").asText());
    }

    @Test
    void purposeMayFollowTheFile() {
        byte[] content = utf8("{\"a\":1}\n");
        JsonNode file = json(ok(client.post(new Multipart().file("late.jsonl", content).field("purpose", "evals"))));
        assertEquals("evals", file.get("purpose").asText());
        assertArrayEquals(content, client.content(file.get("id").asText()).body());
    }

    @Test
    void unknownFieldsAreIgnoredAndOnlyTheFirstFileCounts() {
        JsonNode file = json(ok(client.post(new Multipart().field("note", "hello").field("purpose", "batch")
                .file("first.jsonl", utf8("1\n")).file("second.jsonl", utf8("22\n")))));
        assertEquals("first.jsonl", file.get("filename").asText());
        assertEquals(2, file.get("bytes").asLong());
    }

    @Test
    void emptyFileRoundTrips() {
        JsonNode file = client.uploaded("empty.jsonl", new byte[0], "batch");
        assertEquals(0, file.get("bytes").asLong());
        HttpResponse<byte[]> download = ok(client.content(file.get("id").asText()));
        assertEquals(0, download.body().length);
        assertEquals("0", download.headers().firstValue("Content-Length").orElseThrow());
    }

    @Test
    void contentTypeFollowsTheFileName() {
        String png = client.uploaded("chart.png", randomBytes(100, 2), "vision").get("id").asText();
        String other = client.uploaded("blob.weird", randomBytes(100, 3), "batch").get("id").asText();
        assertEquals("image/png", client.content(png).headers().firstValue("Content-Type").orElseThrow());
        assertEquals("application/octet-stream", client.content(other).headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void openAiRefusesDownloadsOfAssistantsAndUserDataFiles() {
        for (String purpose : List.of("assistants", "user_data")) {
            String id = client.uploaded("doc.pdf", randomBytes(50, 4), purpose).get("id").asText();
            HttpResponse<String> refused = client.send(client.request("/files/" + id + "/content").GET().build());
            JsonNode error = assertError(refused, 400, null, null);
            assertEquals("Not allowed to download files of purpose: " + purpose, error.get("message").asText());
        }
    }

    @Test
    void expiresAfterSetsExpiresAt() {
        JsonNode file = json(ok(client.post(new Multipart().field("purpose", "batch")
                .field("expires_after[anchor]", "created_at").field("expires_after[seconds]", "3600")
                .file("short.jsonl", utf8("{}\n")))));
        assertEquals(NOW + 3600, file.get("expires_at").asLong());
    }

    @Test
    void manyConcurrentUploadsAndDownloads() {
        int count = 24;
        List<byte[]> contents = new ArrayList<>();
        List<CompletableFuture<HttpResponse<String>>> uploads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] content = randomBytes(200_000 + i, 100 + i);
            contents.add(content);
            Multipart form = new Multipart().field("purpose", "batch").file("part-" + i + ".jsonl", content);
            uploads.add(client.http.sendAsync(client.request("/files").header("Content-Type", form.contentType())
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(form.bytes())).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        List<String> ids = uploads.stream().map(CompletableFuture::join).map(r -> json(ok(r)).get("id").asText()).toList();
        assertEquals(count, new HashSet<>(ids).size());

        List<CompletableFuture<HttpResponse<byte[]>>> downloads = ids.stream()
                .map(id -> client.http.sendAsync(client.request("/files/" + id + "/content").GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray()))
                .toList();
        IntStream.range(0, count).forEach(i -> assertEquals(sha256(contents.get(i)), sha256(ok(downloads.get(i).join()).body())));

        JsonNode list = json(ok(client.get("/files")));
        Set<String> listed = new HashSet<>();
        StreamSupport.stream(list.get("data").spliterator(), false).forEach(f -> listed.add(f.get("id").asText()));
        assertEquals(new HashSet<>(ids), listed);
    }
}
