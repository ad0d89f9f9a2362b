package dev.filedeck.inspect;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.List;

/**
 * Batch input: each line {@code {"custom_id", "method": "POST", "url", "body": {…}}}, ids unique,
 * one endpoint for the whole file, at most {@value #MAX_REQUESTS} requests.
 */
final class BatchRules implements LineRules {

    static final List<String> ENDPOINTS = List.of("/v1/chat/completions", "/v1/responses", "/v1/embeddings",
            "/v1/completions", "/v1/moderations");
    static final int MAX_REQUESTS = 50_000;
    /** Ids remembered for the uniqueness check; past this a file is far over the request limit anyway. */
    static final int MAX_TRACKED_IDS = 200_000;

    private final LongIntMap ids = new LongIntMap();
    private String firstUrl;
    private long firstUrlLine;

    @Override
    public String format() {
        return JsonlFormat.BATCH.label();
    }

    @Override
    public void checkLine(long line, JsonParser parser, ProblemCollector problems) throws IOException {
        JsonToken token = parser.nextToken();
        if (token != JsonToken.START_OBJECT) {
            problems.error(line, Walk.column(parser), "Each line must be a JSON object, not " + Walk.kind(token));
            parser.skipChildren();
            return;
        }
        boolean customId = false;
        boolean method = false;
        boolean url = false;
        boolean body = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            token = parser.nextToken();
            int column = Walk.column(parser);
            switch (name) {
                case "custom_id" -> {
                    customId = true;
                    checkCustomId(line, parser, token, column, problems);
                }
                case "method" -> {
                    method = true;
                    if (token != JsonToken.VALUE_STRING || !"POST".equals(parser.getText())) {
                        problems.error(line, column, "\"method\" must be \"POST\"" + (token == JsonToken.VALUE_STRING ? ", not " + Walk.quoted(parser) : ""));
                    }
                }
                case "url" -> {
                    url = true;
                    checkUrl(line, parser, token, column, problems);
                }
                case "body" -> {
                    body = true;
                    if (token != JsonToken.START_OBJECT) {
                        problems.error(line, column, "\"body\" must be an object, not " + Walk.kind(token));
                    }
                    parser.skipChildren();
                }
                default -> parser.skipChildren();
            }
        }
        missing(line, customId, "custom_id", problems);
        missing(line, method, "method", problems);
        missing(line, url, "url", problems);
        missing(line, body, "body", problems);
        if (line == MAX_REQUESTS + 1) {
            problems.error(line, 0, "A batch takes at most " + String.format("%,d", MAX_REQUESTS) + " requests; split the file");
        }
    }

    private void checkCustomId(long line, JsonParser parser, JsonToken token, int column, ProblemCollector problems) throws IOException {
        if (token != JsonToken.VALUE_STRING) {
            problems.error(line, column, "\"custom_id\" must be a string, not " + Walk.kind(token));
            parser.skipChildren();
            return;
        }
        String id = parser.getText();
        if (id.isEmpty()) {
            problems.error(line, column, "\"custom_id\" must not be empty");
            return;
        }
        if (ids.size() >= MAX_TRACKED_IDS) {
            return;
        }
        int earlier = ids.putIfAbsent(hash(id), (int) Math.min(line, Integer.MAX_VALUE));
        if (earlier != 0) {
            problems.error(line, column, "\"custom_id\" " + Walk.quoted(parser) + " repeats line " + earlier + ": ids must be unique");
        }
    }

    private void checkUrl(long line, JsonParser parser, JsonToken token, int column, ProblemCollector problems) throws IOException {
        if (token != JsonToken.VALUE_STRING) {
            problems.error(line, column, "\"url\" must be a string, not " + Walk.kind(token));
            parser.skipChildren();
            return;
        }
        String value = parser.getText();
        if (!ENDPOINTS.contains(value)) {
            problems.error(line, column, "\"url\" " + Walk.quoted(parser) + " is not a batch endpoint (" + String.join(", ", ENDPOINTS) + ")");
        } else if (firstUrl == null) {
            firstUrl = value;
            firstUrlLine = line;
        } else if (!firstUrl.equals(value)) {
            problems.error(line, column, "\"url\" " + Walk.quoted(parser) + " differs from " + firstUrl + " on line " + firstUrlLine
                    + ": one batch calls one endpoint");
        }
    }

    private static void missing(long line, boolean present, String field, ProblemCollector problems) {
        if (!present) {
            problems.error(line, 1, "\"" + field + "\" is missing");
        }
    }

    /** 64-bit FNV-1a over the characters: collisions among a few hundred thousand ids are vanishingly rare. */
    static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 29;
        return h;
    }
}
