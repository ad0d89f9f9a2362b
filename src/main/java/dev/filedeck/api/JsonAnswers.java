package dev.filedeck.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the server's JSON answers tolerantly: unknown fields are ignored (and kept in the raw
 * JSON), optional ones may be missing, but an answer that is not JSON or lacks what the protocol
 * requires is a {@link ApiException.Kind#PROTOCOL} error rather than a crash.
 */
final class JsonAnswers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonAnswers() {
    }

    /** What a list answer held; {@code hasMore} and {@code total} are null when the server left them out. */
    record ListAnswer(List<FileObject> files, String firstId, String lastId, Boolean hasMore, Long total) {
    }

    static JsonNode parse(byte[] body, int status, String requestId) {
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw ApiException.protocol("The server sent an empty answer where JSON was expected", status, requestId);
            }
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ApiException.protocol("The server's answer is not valid JSON: " + e.getOriginalMessage(), status, requestId);
        } catch (IOException e) {
            throw ApiException.protocol("The server's answer could not be read: " + e.getMessage(), status, requestId);
        }
    }

    static FileObject file(byte[] body, int status, String requestId) {
        return file(parse(body, status, requestId), status, requestId);
    }

    static FileObject file(JsonNode node, int status, String requestId) {
        if (node == null || !node.isObject()) {
            throw ApiException.protocol("The server's answer is not a file object", status, requestId);
        }
        String id = text(node, "id");
        if (id == null || id.isEmpty()) {
            throw ApiException.protocol("The server's file object has no id", status, requestId);
        }
        return new FileObject(id, number(node, "bytes"), timestamp(node.get("created_at"), 0L),
                timestamp(node.get("expires_at"), null), text(node, "filename"), text(node, "purpose"),
                text(node, "status"), text(node, "status_details"), node.toString());
    }

    static ListAnswer list(byte[] body, int status, String requestId) {
        JsonNode node = parse(body, status, requestId);
        JsonNode data = node.isArray() ? node : node.get("data");
        if (data == null || !data.isArray()) {
            throw ApiException.protocol("The server's answer is not a file list (no \"data\" array)", status, requestId);
        }
        List<FileObject> files = new ArrayList<>(data.size());
        for (JsonNode item : data) {
            files.add(file(item, status, requestId));
        }
        JsonNode hasMore = node.isObject() ? node.get("has_more") : null;
        return new ListAnswer(files, node.isObject() ? text(node, "first_id") : null, node.isObject() ? text(node, "last_id") : null,
                hasMore == null || hasMore.isNull() ? null : hasMore.asBoolean(),
                node.isObject() ? number(node, "total") : null);
    }

    static DeleteResult deleted(byte[] body, String fileId, int status, String requestId) {
        if (body.length == 0) {
            return new DeleteResult(fileId, true); // some gateways answer 204
        }
        JsonNode node = parse(body, status, requestId);
        String id = node.isObject() ? text(node, "id") : null;
        JsonNode deleted = node.isObject() ? node.get("deleted") : null;
        return new DeleteResult(id == null ? fileId : id, deleted == null || deleted.asBoolean(true));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Long number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.asLong();
        }
        try {
            return Long.parseLong(value.asText().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Unix seconds as a number, a numeric string or (some gateways) an ISO-8601 string. */
    private static Long timestamp(JsonNode value, Long fallback) {
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (value.isNumber()) {
            // A few gateways send milliseconds.
            long n = value.asLong();
            return n > 100_000_000_000L ? n / 1000 : n;
        }
        String s = value.asText().trim();
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException notNumeric) {
            try {
                return Instant.parse(s).getEpochSecond();
            } catch (DateTimeParseException notIso) {
                return fallback;
            }
        }
    }
}
