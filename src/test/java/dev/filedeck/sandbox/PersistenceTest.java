package dev.filedeck.sandbox;

import static dev.filedeck.sandbox.TestClient.json;
import static dev.filedeck.sandbox.TestClient.ok;
import static dev.filedeck.sandbox.TestClient.randomBytes;
import static dev.filedeck.sandbox.TestClient.sha256;
import static dev.filedeck.sandbox.TestClient.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What survives a restart, and what a damaged data dir does to start-up (nothing bad). */
class PersistenceTest {

    @TempDir
    Path dir;
    private final MutableClock clock = MutableClock.at(1_790_000_000L); // frozen: order rests on the sequence
    private SandboxServer server;
    private TestClient client;

    private void start() throws IOException {
        server = SandboxServer.start(SandboxConfig.forTests(dir).withClock(clock));
        client = new TestClient(server);
    }

    private void restart() throws IOException {
        server.close();
        start();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void filesOrderContentAndKeySurviveARestart() throws Exception {
        start();
        Map<String, byte[]> contents = new LinkedHashMap<>();
        for (int i = 0; i < 6; i++) {
            byte[] content = randomBytes(1000 * (i + 1), i);
            contents.put(client.uploaded("f" + i + ".jsonl", content, "batch").get("id").asText(), content);
        }
        String deleted = contents.keySet().iterator().next();
        assertEquals(200, client.delete(deleted).statusCode());
        contents.remove(deleted);
        JsonNode before = json(ok(client.get("/files")));
        String key = server.apiKey();

        restart();

        assertEquals(key, server.apiKey(), "the generated key is kept in the data dir");
        assertEquals(before, json(ok(client.get("/files"))), "same ids, order and metadata");
        for (Map.Entry<String, byte[]> file : contents.entrySet()) {
            assertEquals(sha256(file.getValue()), sha256(ok(client.content(file.getKey())).body()));
        }
        assertEquals(404, client.get("/files/" + deleted).statusCode());

        // The sequence carries on: a new upload in the same second sorts after the old ones.
        String newest = client.uploaded("new.jsonl", utf8("{}\n"), "batch").get("id").asText();
        assertEquals(newest, json(ok(client.get("/files?limit=1"))).get("first_id").asText());
        List<String> ascending = client.walk("asc", 2, null);
        assertEquals(newest, ascending.get(ascending.size() - 1));
        assertEquals(new ArrayList<>(contents.keySet()), ascending.subList(0, contents.size()));
    }

    @Test
    void damageAndLeftoversDoNotStopStartUp() throws Exception {
        start();
        String good = client.uploaded("good.jsonl", utf8("{\"ok\":true}\n"), "batch").get("id").asText();
        String garbled = client.uploaded("garbled.jsonl", utf8("{}\n"), "batch").get("id").asText();
        String truncated = client.uploaded("truncated.jsonl", utf8("{}\n"), "batch").get("id").asText();
        String blobless = client.uploaded("blobless.jsonl", utf8("{}\n"), "batch").get("id").asText();
        server.close();

        Path files = dir.resolve("files");
        Files.writeString(files.resolve(garbled + ".json"), "\u0000\u0000not json at all");
        byte[] sidecar = Files.readAllBytes(files.resolve(truncated + ".json"));
        Files.write(files.resolve(truncated + ".json"), java.util.Arrays.copyOf(sidecar, sidecar.length / 2));
        Files.delete(files.resolve(blobless + ".bin"));
        String orphan = "file-AAAAAAAAAAAAAAAAAAAAAAAA";
        Files.writeString(files.resolve(orphan + ".bin"), "content whose metadata never got written");
        Files.writeString(files.resolve(good + ".json.tmp"), "{\"half\":");
        Files.writeString(dir.resolve("tmp").resolve("upload-123.part"), "an upload cut off by a crash");
        Files.writeString(files.resolve("README.txt"), "not ours; left alone");

        start();

        JsonNode list = json(ok(client.get("/files")));
        assertEquals(1, list.get("data").size(), list.toString());
        assertEquals(good, list.get("first_id").asText());
        assertArrayEquals(utf8("{\"ok\":true}\n"), ok(client.content(good)).body());
        try (Stream<Path> left = Files.list(files)) {
            assertEquals(java.util.Set.of(good + ".bin", good + ".json", "README.txt"),
                    left.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet()), "damaged entries, orphans and temp files are gone");
        }
        try (Stream<Path> tmp = Files.list(dir.resolve("tmp"))) {
            assertEquals(0, tmp.count());
        }
        assertEquals(200, client.upload("after.jsonl", utf8("{}\n"), "batch").statusCode(), "and the store works");
    }

    @Test
    void aSecondServerCannotOpenTheSameDataDir() throws Exception {
        start();
        IOException e = assertThrows(IOException.class, () -> SandboxServer.start(SandboxConfig.forTests(dir)));
        assertTrue(e.getMessage().contains("already in use"), e.getMessage());
        server.close();
        server = SandboxServer.start(SandboxConfig.forTests(dir)); // closing released it
    }

    @Test
    void durableModeStoresTheSameWay() throws Exception {
        server = SandboxServer.start(SandboxConfig.forTests(dir).withDurable(true));
        client = new TestClient(server);
        byte[] content = randomBytes(70_000, 9);
        String id = client.uploaded("d.jsonl", content, "batch").get("id").asText();
        restart();
        assertArrayEquals(content, ok(client.content(id)).body());
    }

    @Test
    void generatedKeyIsReadableByItsOwnerOnly() throws Exception {
        start();
        Path keyFile = dir.resolve("api-key");
        assertEquals(server.apiKey(), Files.readString(keyFile).strip());
        assertTrue(server.apiKey().startsWith("sk-sandbox-"));
        if (Files.getFileStore(keyFile).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
        }
        assertFalse(Files.exists(dir.resolve("api-key.tmp")));
    }

    @Test
    void aNewDataDirIsPrivate() throws Exception {
        Path fresh = dir.resolve("nested").resolve("sandbox");
        try (SandboxServer other = SandboxServer.start(SandboxConfig.forTests(fresh))) {
            assertTrue(Files.isDirectory(fresh.resolve("files")) && Files.isDirectory(fresh.resolve("tmp")));
            if (Files.getFileStore(fresh).supportsFileAttributeView("posix")) {
                assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
            }
            assertEquals(fresh, other.dataDir());
        }
    }

    @Test
    void aConfiguredKeyIsUsedAndNotStored() throws Exception {
        server = SandboxServer.start(SandboxConfig.forTests(dir).withApiKey("sk-my-own-key-123"));
        client = new TestClient(server);
        assertEquals("sk-my-own-key-123", server.apiKey());
        assertEquals(200, client.get("/files").statusCode());
        assertFalse(Files.exists(dir.resolve("api-key")));
    }
}
