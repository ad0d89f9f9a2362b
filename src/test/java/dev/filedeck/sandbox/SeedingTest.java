package dev.filedeck.sandbox;

import static dev.filedeck.sandbox.TestClient.json;
import static dev.filedeck.sandbox.TestClient.ok;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.InflaterInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The four sample files: created once per data dir, and well-formed. */
class SeedingTest {

    @TempDir
    Path dir;

    private SandboxServer startSeeded(Dialect dialect) throws IOException {
        return SandboxServer.start(SandboxConfig.forTests(dir).withSeedSamples(true).withDialect(dialect));
    }

    private static Map<String, JsonNode> byName(JsonNode list) {
        Map<String, JsonNode> files = new HashMap<>();
        list.get("data").forEach(file -> files.put(file.get("filename").asText(), file));
        return files;
    }

    @Test
    void fourSamplesOnceAndNeverAgain() throws Exception {
        try (SandboxServer server = startSeeded(Dialect.OPENAI)) {
            TestClient client = new TestClient(server);
            Map<String, JsonNode> files = byName(json(ok(client.get("/files"))));
            assertEquals(Map.of(
                    "support-chat-finetune.jsonl", "fine-tune",
                    "batch-requests.jsonl", "batch",
                    "batch-results.jsonl", "batch_output",
                    "diagram.png", "vision"),
                    Map.of(
                    "support-chat-finetune.jsonl", files.get("support-chat-finetune.jsonl").get("purpose").asText(),
                    "batch-requests.jsonl", files.get("batch-requests.jsonl").get("purpose").asText(),
                    "batch-results.jsonl", files.get("batch-results.jsonl").get("purpose").asText(),
                    "diagram.png", files.get("diagram.png").get("purpose").asText()));
            for (JsonNode file : files.values()) {
                assertEquals(200, client.delete(file.get("id").asText()).statusCode());
            }
        }
        try (SandboxServer server = startSeeded(Dialect.OPENAI)) {
            assertEquals(0, json(ok(new TestClient(server).get("/files"))).get("data").size(), "an emptied sandbox stays empty");
        }
    }

    @Test
    void samplesAreWellFormed() throws Exception {
        try (SandboxServer server = startSeeded(Dialect.OPENAI)) {
            TestClient client = new TestClient(server);
            Map<String, JsonNode> files = byName(json(ok(client.get("/files"))));
            assertEquals("diagram.png", json(ok(client.get("/files"))).get("data").get(0).get("filename").asText(), "newest first");

            List<JsonNode> chats = lines(client, files.get("support-chat-finetune.jsonl"));
            assertTrue(chats.size() >= 15, "about twenty conversations");
            for (JsonNode chat : chats) {
                JsonNode messages = chat.get("messages");
                assertEquals(List.of("system", "user", "assistant"), List.of(messages.get(0).get("role").asText(),
                        messages.get(1).get("role").asText(), messages.get(2).get("role").asText()));
                assertTrue(messages.get(2).get("content").asText().length() > 20);
            }

            List<JsonNode> requests = lines(client, files.get("batch-requests.jsonl"));
            for (JsonNode request : requests) {
                assertTrue(request.get("custom_id").asText().startsWith("request-"));
                assertEquals("POST", request.get("method").asText());
                assertEquals("/v1/chat/completions", request.get("url").asText());
                assertTrue(request.get("body").get("messages").isArray());
            }

            List<JsonNode> results = lines(client, files.get("batch-results.jsonl"));
            assertEquals(requests.size(), results.size(), "one result a request");
            long failed = results.stream()
                    .filter(r -> !r.get("error").isNull() || r.get("response").get("status_code").asInt() != 200).count();
            assertEquals(2, failed);
            for (JsonNode result : results) {
                assertTrue(result.get("id").asText().startsWith("batch_req_"));
            }

            byte[] png = ok(client.content(files.get("diagram.png").get("id").asText())).body();
            assertValidPng(png);
        }
    }

    private static List<JsonNode> lines(TestClient client, JsonNode file) throws IOException {
        String text = new String(ok(client.content(file.get("id").asText())).body(), StandardCharsets.UTF_8);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            lines.add(TestClient.JSON.readTree(line));
        }
        return lines;
    }

    /** Signature, IHDR, CRCs of every chunk, and IDAT inflating to exactly one filtered scanline per row. */
    static void assertValidPng(byte[] png) throws IOException {
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, java.util.Arrays.copyOf(png, 8));
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(png, 8, png.length - 8));
        int width = 0;
        int height = 0;
        java.io.ByteArrayOutputStream idat = new java.io.ByteArrayOutputStream();
        List<String> types = new ArrayList<>();
        while (in.available() > 0) {
            int length = in.readInt();
            byte[] type = in.readNBytes(4);
            byte[] data = in.readNBytes(length);
            CRC32 crc = new CRC32();
            crc.update(type);
            crc.update(data);
            assertEquals((int) crc.getValue(), in.readInt(), "CRC of " + new String(type, StandardCharsets.US_ASCII));
            String name = new String(type, StandardCharsets.US_ASCII);
            types.add(name);
            if (name.equals("IHDR")) {
                DataInputStream header = new DataInputStream(new ByteArrayInputStream(data));
                width = header.readInt();
                height = header.readInt();
                assertEquals(8, header.readByte());
                assertEquals(2, header.readByte());
            } else if (name.equals("IDAT")) {
                idat.writeBytes(data);
            }
        }
        assertEquals(List.of("IHDR", "IDAT", "IEND"), types);
        assertTrue(width >= 64 && height >= 64, width + "x" + height);
        byte[] raw = new InflaterInputStream(new ByteArrayInputStream(idat.toByteArray())).readAllBytes();
        assertEquals(height * (1 + width * 3), raw.length);
    }

    @Test
    void batchProviderSamplesUseItsPurposesAndExpire() throws Exception {
        try (SandboxServer server = startSeeded(Dialect.BATCH_PROVIDER)) {
            Map<String, JsonNode> files = byName(json(ok(new TestClient(server).get("/files"))));
            assertEquals("batch-output", files.get("batch-results.jsonl").get("purpose").asText());
            for (JsonNode file : files.values()) {
                assertEquals(file.get("created_at").asLong() + 2_592_000, file.get("expires_at").asLong());
            }
        }
    }

    @Test
    void testsConfigurationDoesNotSeed() throws Exception {
        try (SandboxServer server = SandboxServer.start(SandboxConfig.forTests(dir))) {
            assertEquals(0, json(ok(new TestClient(server).get("/files"))).get("data").size());
        }
    }
}
