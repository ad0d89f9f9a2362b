package dev.filedeck.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/** A plain java.net.http client for one sandbox, authenticating the way the current dialect wants. */
final class TestClient {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Pattern REQUEST_ID = Pattern.compile("req_[0-9a-f]{32}");
    static final Pattern FILE_ID = Pattern.compile("file-[0-9A-Za-z]{24}");

    final SandboxServer server;
    final HttpClient http;

    TestClient(SandboxServer server) {
        this(server, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    }

    TestClient(SandboxServer server, HttpClient http) {
        this.server = server;
        this.http = http;
    }

    /** A request to {@code baseUrl + pathAndQuery}, with credentials (and Azure's api-version). */
    HttpRequest.Builder request(String pathAndQuery) {
        Dialect dialect = server.dialect();
        String target = server.baseUrl() + pathAndQuery;
        if (dialect == Dialect.AZURE) {
            target += (pathAndQuery.contains("?") ? "&" : "?") + "api-version=2024-10-21";
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(target)).timeout(Duration.ofSeconds(30));
        return dialect == Dialect.AZURE
                ? builder.header("api-key", server.apiKey())
                : builder.header("Authorization", "Bearer " + server.apiKey());
    }

    HttpResponse<String> get(String pathAndQuery) {
        return send(request(pathAndQuery).GET().build());
    }

    HttpResponse<byte[]> content(String id) {
        return sendBytes(request("/files/" + id + "/content").GET().build());
    }

    HttpResponse<String> delete(String id) {
        return send(request("/files/" + id).DELETE().build());
    }

    HttpResponse<String> post(Multipart form) {
        return send(request("/files").header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes())).build());
    }

    HttpResponse<String> upload(String filename, byte[] content, String purpose) {
        return post(new Multipart().field("purpose", purpose).file(filename, content));
    }

    /** Uploads and returns the file object, failing the test unless the answer is a success. */
    JsonNode uploaded(String filename, byte[] content, String purpose) {
        HttpResponse<String> response = upload(filename, content, purpose);
        assertTrue(response.statusCode() == 200 || response.statusCode() == 201, response.statusCode() + " " + response.body());
        return json(response);
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<byte[]> sendBytes(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    /** Walks every page by cursor; returns the ids in the order seen. */
    List<String> walk(String order, int limit, String purpose) {
        List<String> ids = new ArrayList<>();
        String after = null;
        while (true) {
            String query = "?limit=" + limit + "&order=" + order + (purpose == null ? "" : "&purpose=" + purpose)
                    + (after == null ? "" : "&after=" + after);
            JsonNode page = json(ok(get("/files" + query)));
            for (JsonNode file : page.get("data")) {
                ids.add(file.get("id").asText());
            }
            if (!page.get("has_more").asBoolean()) {
                return ids;
            }
            after = page.get("last_id").asText();
        }
    }

    static <T> HttpResponse<T> ok(HttpResponse<T> response) {
        assertEquals(200, response.statusCode(), () -> String.valueOf(response.body()));
        return response;
    }

    /** Checks an OpenAI-shaped error answer and returns its error object. */
    static JsonNode assertError(HttpResponse<String> response, int status, String param, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(null));
        assertRequestId(response);
        JsonNode error = json(response).get("error");
        assertTrue(error != null && error.isObject(), response.body());
        assertTrue(error.get("message").isTextual() && !error.get("message").asText().isBlank(), response.body());
        assertTrue(error.get("type").isTextual(), response.body());
        assertEquals(param, error.get("param").isNull() ? null : error.get("param").asText(), response.body());
        assertEquals(code, error.get("code").isNull() ? null : error.get("code").asText(), response.body());
        return error;
    }

    static void assertRequestId(HttpResponse<?> response) {
        String id = response.headers().firstValue("x-request-id").orElse("");
        assertTrue(REQUEST_ID.matcher(id).matches(), "x-request-id: " + id);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new java.util.Random(seed).nextBytes(bytes);
        return bytes;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
