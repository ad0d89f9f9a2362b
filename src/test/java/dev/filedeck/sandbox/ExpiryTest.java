package dev.filedeck.sandbox;

import static dev.filedeck.sandbox.TestClient.json;
import static dev.filedeck.sandbox.TestClient.ok;
import static dev.filedeck.sandbox.TestClient.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files with expires_at vanish when the clock reaches it, blobs included. */
class ExpiryTest {

    private static final long NOW = 1_790_000_000L;

    @TempDir
    Path dir;
    private final MutableClock clock = MutableClock.at(NOW);
    private SandboxServer server;
    private TestClient client;

    @BeforeEach
    void start() throws Exception {
        server = SandboxServer.start(SandboxConfig.forTests(dir).withClock(clock));
        client = new TestClient(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String uploadExpiring(String name, long seconds) {
        JsonNode file = json(ok(client.post(new Multipart().field("purpose", "batch")
                .field("expires_after[anchor]", "created_at").field("expires_after[seconds]", String.valueOf(seconds))
                .file(name, utf8("{}\n")))));
        assertEquals(NOW + seconds, file.get("expires_at").asLong());
        return file.get("id").asText();
    }

    @Test
    void anExpiredFileIsGoneEverywhere() {
        String shortLived = uploadExpiring("short.jsonl", 3600);
        String longLived = uploadExpiring("long.jsonl", 7200);
        String forever = client.uploaded("forever.jsonl", utf8("{}\n"), "batch").get("id").asText();
        Path blob = dir.resolve("files").resolve(shortLived + ".bin");
        assertTrue(Files.exists(blob));

        clock.advance(Duration.ofSeconds(3599));
        assertEquals(200, client.get("/files/" + shortLived).statusCode(), "one second to go");

        clock.advance(Duration.ofSeconds(1));
        TestClient.assertError(client.get("/files/" + shortLived), 404, "id", null);
        assertEquals(404, client.content(shortLived).statusCode());
        assertEquals(404, client.delete(shortLived).statusCode());
        JsonNode list = json(ok(client.get("/files")));
        assertEquals(2, list.get("data").size());
        assertFalse(list.toString().contains(shortLived));
        assertFalse(Files.exists(blob), "the blob is deleted");
        assertFalse(Files.exists(dir.resolve("files").resolve(shortLived + ".json")), "and its metadata");

        clock.advance(Duration.ofHours(1));
        assertEquals(1, json(ok(client.get("/files"))).get("data").size());
        assertEquals(404, client.get("/files/" + longLived).statusCode());
        assertEquals(200, client.get("/files/" + forever).statusCode());
    }

    @Test
    void anExpiredFileStillWorksAsACursor() {
        String first = client.uploaded("a.jsonl", utf8("{}\n"), "batch").get("id").asText();
        String expiring = uploadExpiring("b.jsonl", 3600);
        String last = client.uploaded("c.jsonl", utf8("{}\n"), "batch").get("id").asText();
        JsonNode page = json(ok(client.get("/files?order=asc&limit=2")));
        assertEquals(expiring, page.get("last_id").asText());

        clock.advance(Duration.ofHours(2));
        assertEquals(2, json(ok(client.get("/files"))).get("data").size(), "the expired file is purged here");
        assertFalse(Files.exists(dir.resolve("files").resolve(expiring + ".bin")));
        JsonNode next = json(ok(client.get("/files?order=asc&limit=2&after=" + expiring)));
        assertEquals(1, next.get("data").size());
        assertEquals(last, next.get("first_id").asText());
        assertEquals(first, json(ok(client.get("/files?order=desc&after=" + expiring))).get("first_id").asText());
    }

    @Test
    void expiredFilesAreNotLoadedAfterARestart() throws Exception {
        String expiring = uploadExpiring("b.jsonl", 3600);
        server.close();
        clock.advance(Duration.ofDays(1));
        server = SandboxServer.start(SandboxConfig.forTests(dir).withClock(clock));
        client = new TestClient(server);
        assertEquals(0, json(ok(client.get("/files"))).get("data").size());
        assertFalse(Files.exists(dir.resolve("files").resolve(expiring + ".bin")));
    }
}
