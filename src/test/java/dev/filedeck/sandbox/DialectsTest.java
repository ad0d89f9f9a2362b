package dev.filedeck.sandbox;

import static dev.filedeck.sandbox.TestClient.assertError;
import static dev.filedeck.sandbox.TestClient.json;
import static dev.filedeck.sandbox.TestClient.ok;
import static dev.filedeck.sandbox.TestClient.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each dialect's prefix, authentication, list shape and file objects, all over one store. */
class DialectsTest {

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

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.get("data").forEach(file -> ids.add(file.get("id").asText()));
        return ids;
    }

    @Test
    void baseUrlsFollowTheDialect() {
        String root = "http://127.0.0.1:" + server.port();
        assertEquals(URI.create(root + "/v1"), server.baseUrl());
        assertEquals(URI.create(root + "/openai/v1"), server.baseUrl(Dialect.SCALEGENAI));
        assertEquals(URI.create(root + "/v1"), server.baseUrl(Dialect.BATCH_PROVIDER));
        assertEquals(URI.create(root + "/v1"), server.baseUrl(Dialect.MISTRAL));
        assertEquals(URI.create(root + "/openai"), server.baseUrl(Dialect.AZURE));
        server.setDialect(Dialect.SCALEGENAI);
        assertEquals(Dialect.SCALEGENAI, server.dialect());
        assertEquals(URI.create(root + "/openai/v1"), server.baseUrl());
    }

    @Test
    void switchingDialectServesTheSameStore() {
        String id = client.uploaded("shared.jsonl", utf8("{}\n"), "fine-tune").get("id").asText();
        for (Dialect dialect : Dialect.values()) {
            server.setDialect(dialect);
            assertEquals(200, client.get("/files/" + id).statusCode(), dialect.name());
            assertTrue(json(ok(client.get("/files"))).toString().contains(id), dialect.name());
        }
        server.setDialect(Dialect.SCALEGENAI);
        HttpResponse<String> oldPrefix = client.send(HttpRequest.newBuilder(URI.create(server.baseUrl(Dialect.OPENAI) + "/files"))
                .header("Authorization", "Bearer " + server.apiKey()).GET().build());
        assertError(oldPrefix, 404, null, null);
    }

    @Test
    void scaleGenAiListsEverythingOldestFirstWithoutPagingFields() {
        server.setDialect(Dialect.SCALEGENAI);
        List<String> uploaded = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofSeconds(1));
            uploaded.add(client.uploaded("s" + i + ".jsonl", utf8("{}\n"), i % 2 == 0 ? "fine-tune" : "assistants").get("id").asText());
        }
        JsonNode list = json(ok(client.get("/files?limit=1&order=desc&after=" + uploaded.get(2) + "&purpose=assistants")));
        assertEquals(Set.of("object", "data"), fieldNames(list));
        assertEquals("list", list.get("object").asText());
        assertEquals(uploaded, ids(list), "every file, ascending, whatever the query");
        JsonNode file = list.get("data").get(0);
        assertEquals(Set.of("id", "object", "bytes", "created_at", "filename", "purpose"), fieldNames(file));

        assertEquals(200, client.upload("r.jsonl", utf8("{}\n"), "fine-tune-results").statusCode());
        assertEquals(200, client.upload("o.jsonl", utf8("{}\n"), "assistants_output").statusCode());
        assertError(client.upload("b.jsonl", utf8("{}\n"), "batch"), 400, "purpose", null);
    }

    @Test
    void batchProviderGivesEveryFileAnExpiry() {
        server.setDialect(Dialect.BATCH_PROVIDER);
        JsonNode plain = client.uploaded("b.jsonl", utf8("{}\n"), "batch");
        assertEquals(NOW + 2_592_000, plain.get("expires_at").asLong(), "30 days by default");
        JsonNode custom = json(ok(client.post(new Multipart().field("purpose", "batch")
                .field("expires_after[seconds]", "7200").file("c.jsonl", utf8("{}\n")))));
        assertEquals(NOW + 7200, custom.get("expires_at").asLong(), "the anchor defaults to created_at");
        assertEquals(200, client.upload("f.jsonl", utf8("{}\n"), "fine-tune").statusCode());
        assertError(client.upload("v.png", utf8("x"), "vision"), 400, "purpose", null);
        assertError(client.upload("o.jsonl", utf8("x"), "batch-output"), 400, "purpose", null);

        JsonNode page = json(ok(client.get("/files?limit=2")));
        assertEquals(Set.of("object", "data", "first_id", "last_id", "has_more"), fieldNames(page));
        assertTrue(page.get("has_more").asBoolean());
        assertEquals(3, client.walk("asc", 2, null).size());
    }

    @Test
    void mistralPagesByNumberWithATotal() {
        server.setDialect(Dialect.MISTRAL);
        List<String> uploaded = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofSeconds(1));
            uploaded.add(client.uploaded("m" + i + ".jsonl", utf8("{\"a\":1}\n{\"a\":2}\n{\"a\":3}"), i < 3 ? "fine-tune" : "batch")
                    .get("id").asText());
        }
        List<String> newestFirst = new ArrayList<>(uploaded);
        java.util.Collections.reverse(newestFirst);

        JsonNode first = json(ok(client.get("/files?page=0&page_size=2")));
        assertEquals(Set.of("data", "object", "total"), fieldNames(first));
        assertEquals(5, first.get("total").asInt());
        assertEquals(newestFirst.subList(0, 2), ids(first));
        assertEquals(newestFirst.subList(2, 4), ids(json(ok(client.get("/files?page=1&page_size=2")))));
        assertEquals(newestFirst.subList(4, 5), ids(json(ok(client.get("/files?page=2&page_size=2")))));
        assertEquals(List.of(), ids(json(ok(client.get("/files?page=3&page_size=2")))));
        assertEquals(newestFirst, ids(json(ok(client.get("/files")))), "page_size defaults to 100");
        assertFalse(json(ok(client.get("/files?include_total=false"))).has("total"));
        JsonNode batch = json(ok(client.get("/files?purpose=batch")));
        assertEquals(2, batch.get("total").asInt());
        assertError(client.get("/files?page=-1"), 400, "page", null);
        assertError(client.get("/files?page_size=0"), 400, "page_size", null);

        JsonNode file = first.get("data").get(0);
        assertEquals(3, file.get("num_lines").asInt(), "the last line counts without its newline");
        assertEquals("application/jsonl", file.get("mimetype").asText());
        assertEquals("upload", file.get("source").asText());
        JsonNode png = client.uploaded("scan.png", utf8("png"), "ocr");
        assertTrue(png.get("num_lines").isNull());
        assertEquals("image/png", png.get("mimetype").asText());
        assertError(client.upload("v.png", utf8("x"), "vision"), 400, "purpose", null);
    }

    @Test
    void azureWantsApiKeyHeaderAndApiVersion() {
        server.setDialect(Dialect.AZURE);
        String files = server.baseUrl() + "/files";
        HttpResponse<String> bearer = client.send(HttpRequest.newBuilder(URI.create(files + "?api-version=2024-10-21"))
                .header("Authorization", "Bearer " + server.apiKey()).GET().build());
        assertError(bearer, 401, null, "invalid_api_key");
        assertFalse(bearer.body().contains(server.apiKey()));
        HttpResponse<String> wrongKey = client.send(HttpRequest.newBuilder(URI.create(files + "?api-version=2024-10-21"))
                .header("api-key", "0123456789abcdef0123456789abcdef").GET().build());
        assertError(wrongKey, 401, null, "invalid_api_key");
        assertFalse(wrongKey.body().contains("0123456789abcdef0123456789abcdef"));
        HttpResponse<String> noVersion = client.send(HttpRequest.newBuilder(URI.create(files))
                .header("api-key", server.apiKey()).GET().build());
        assertError(noVersion, 400, "api-version", null);

        HttpResponse<String> created = client.upload("az.jsonl", utf8("{}\n"), "fine-tune");
        assertEquals(201, created.statusCode(), created.body());
        String id = json(created).get("id").asText();
        assertEquals(server.baseUrl() + "/files/" + id + "?api-version=2024-10-21", created.headers().firstValue("Location").orElseThrow());
        assertEquals("processed", json(created).get("status").asText());

        JsonNode list = json(ok(client.get("/files")));
        assertEquals(Set.of("object", "data", "first_id", "last_id", "has_more"), fieldNames(list));
        assertEquals(id, list.get("first_id").asText());
        assertEquals(200, client.content(id).statusCode());
        assertEquals(200, client.delete(id).statusCode());
    }

    @Test
    void openAiFileObjectsHaveStatusAndOptionalExpiry() {
        JsonNode file = client.uploaded("o.jsonl", utf8("{}\n"), "user_data");
        assertEquals(Set.of("id", "object", "bytes", "created_at", "filename", "purpose", "status"), fieldNames(file));
        assertError(client.upload("x.jsonl", utf8("{}\n"), "ocr"), 400, "purpose", null);
    }
}
