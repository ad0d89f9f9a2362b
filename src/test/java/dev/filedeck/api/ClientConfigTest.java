package dev.filedeck.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientConfigTest {

    private static final ApiKey KEY = ApiKey.of("sk-test");

    @Test
    void baseUrlsAsUsersTypeThem() {
        assertEquals(URI.create("https://api.openai.com/v1"), ClientConfig.of("https://api.openai.com/v1", KEY).baseUrl());
        assertEquals(URI.create("https://api.openai.com/v1"), ClientConfig.of(" https://api.openai.com/v1/ ", KEY).baseUrl());
        assertEquals(URI.create("https://host.example/openai/v1"), ClientConfig.of("HTTPS://host.example/openai/v1//", KEY).baseUrl());
        assertEquals(URI.create("http://localhost:4000"), ClientConfig.of("http://localhost:4000/", KEY).baseUrl());
    }

    @Test
    void nonsenseBaseUrlsAreRefusedWithAReason() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ClientConfig.of("api.openai.com/v1", KEY))
                .getMessage().contains("https://"));
        assertThrows(IllegalArgumentException.class, () -> ClientConfig.of("ftp://host/v1", KEY));
        assertThrows(IllegalArgumentException.class, () -> ClientConfig.of("https://host/v1?x=1", KEY));
        assertThrows(IllegalArgumentException.class, () -> ClientConfig.of("", KEY));
    }

    @Test
    void endpointsEscapeIdsAndQueryValues() {
        Endpoints endpoints = new Endpoints(URI.create("https://h.example/v1"), null);
        assertEquals(URI.create("https://h.example/v1/files/file-abc"), endpoints.file("file-abc"));
        assertEquals(URI.create("https://h.example/v1/files/a%2Fb%3D%3D/content"), endpoints.content("a/b=="));
        assertEquals(URI.create("https://h.example/v1/files/%2E%2E"), endpoints.file(".."));
        Map<String, String> query = new LinkedHashMap<>();
        query.put("after", "file x&y");
        query.put("limit", "100");
        query.put("purpose", null);
        assertEquals("https://h.example/v1/files?after=file+x%26y&limit=100", endpoints.files(query).toString());
        assertEquals("https://h.example/v1/files", endpoints.files(Map.of()).toString());
    }

    @Test
    void azureAddsTheApiVersionEverywhere() {
        Endpoints endpoints = new Endpoints(URI.create("https://res.openai.azure.com/openai"), "2024-10-21");
        assertEquals("https://res.openai.azure.com/openai/files?api-version=2024-10-21", endpoints.files(Map.of()).toString());
        assertEquals("https://res.openai.azure.com/openai/files/f1/content?api-version=2024-10-21", endpoints.content("f1").toString());
    }

    @Test
    void keyIsTrimmedAndMasked() {
        ApiKey key = ApiKey.of("  sk-abcdefghijklmnopqrstuvwxyz\n");
        assertEquals("sk-abcdefghijklmnopqrstuvwxyz", key.reveal());
        assertEquals("sk-…wxyz", key.masked());
        assertEquals("ApiKey[sk-…wxyz]", key.toString());
        assertEquals("****", ApiKey.of("short").masked());
        assertThrows(IllegalArgumentException.class, () -> ApiKey.of("  "));
    }

    @Test
    void multipartNamesAreEscapedLikeBrowsersDo() {
        assertEquals("a%22b%0D%0Ac ✓.jsonl", MultipartBody.quote("a\"b\r\nc ✓.jsonl"));
        assertEquals("application/jsonl", MultipartBody.mediaType("X.JSONL"));
        assertEquals("application/octet-stream", MultipartBody.mediaType("noext"));
    }
}
