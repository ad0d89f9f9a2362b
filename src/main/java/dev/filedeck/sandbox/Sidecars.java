package dev.filedeck.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The metadata file kept beside each blob ({@code files/<id>.json}). Written through the tree model rather
 * than data binding so that no package has to be opened to Jackson.
 */
final class Sidecars {

    private static final int FORMAT_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private Sidecars() {
    }

    static byte[] toJson(StoredFile file) throws IOException {
        ObjectNode node = JSON.createObjectNode();
        node.put("version", FORMAT_VERSION);
        node.put("id", file.id());
        node.put("filename", file.filename());
        node.put("purpose", file.purpose());
        node.put("bytes", file.bytes());
        node.put("created_at", file.createdAt());
        node.put("expires_at", file.expiresAt());
        node.put("sequence", file.sequence());
        node.put("num_lines", file.numLines());
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(node);
    }

    /** Reads a sidecar; any damage (truncation, garbage, missing fields) is an IOException. */
    static StoredFile read(Path sidecar) throws IOException {
        JsonNode node;
        try {
            node = JSON.readTree(Files.readAllBytes(sidecar));
        } catch (IOException e) {
            throw new IOException("unreadable metadata in " + sidecar + ": " + e.getMessage(), e);
        }
        if (node == null || !node.isObject() || node.path("version").asInt() != FORMAT_VERSION) {
            throw new IOException("not a version " + FORMAT_VERSION + " sidecar: " + sidecar);
        }
        try {
            return new StoredFile(
                    text(node, "id"),
                    text(node, "filename"),
                    text(node, "purpose"),
                    number(node, "bytes"),
                    number(node, "created_at"),
                    optionalNumber(node, "expires_at"),
                    number(node, "sequence"),
                    optionalNumber(node, "num_lines"));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IOException("invalid metadata in " + sidecar + ": " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String field) throws IOException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IOException("missing text field " + field);
        }
        return value.asText();
    }

    private static long number(JsonNode node, String field) throws IOException {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber()) {
            throw new IOException("missing number field " + field);
        }
        return value.asLong();
    }

    private static Long optionalNumber(JsonNode node, String field) throws IOException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber()) {
            throw new IOException("not a number: " + field);
        }
        return value.asLong();
    }
}
