package dev.filedeck.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A stored file as each dialect shows it. */
final class FileObjects {

    private FileObjects() {
    }

    static ObjectNode toJson(StoredFile file, Dialect dialect) {
        ObjectNode json = Json.object();
        json.put("id", file.id());
        json.put("object", "file");
        json.put("bytes", file.bytes());
        json.put("created_at", file.createdAt());
        json.put("filename", file.filename());
        json.put("purpose", file.purpose());
        if (dialect == Dialect.SCALEGENAI) {
            return json; // ScaleGenAI documents exactly these six fields
        }
        json.put("status", "processed");
        if (file.expiresAt() != null) {
            json.put("expires_at", file.expiresAt());
        }
        if (dialect == Dialect.TOGETHER) {
            // Together's own additions, in its own capitalisation.
            json.put("FileType", file.filename().toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? "csv" : "jsonl");
            json.put("LineCount", file.numLines() == null ? 0 : file.numLines());
            json.put("Processed", true);
        }
        if (dialect == Dialect.MISTRAL) {
            json.put("num_lines", file.numLines());
            json.put("mimetype", ContentTypes.guess(file.filename()));
            json.put("source", "upload");
        }
        return json;
    }

    static ObjectNode deleted(String id) {
        ObjectNode json = Json.object();
        json.put("id", id);
        json.put("object", "file");
        json.put("deleted", true);
        return json;
    }
}
