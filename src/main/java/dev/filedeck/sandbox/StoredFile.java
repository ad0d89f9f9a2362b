package dev.filedeck.sandbox;

import java.util.Objects;

/**
 * The metadata of one stored file.
 *
 * @param expiresAt unix seconds, or null when the file never expires
 * @param sequence  the upload sequence number, unique and increasing, persisted so order survives restarts
 * @param numLines  the number of lines of a .jsonl file (Mistral shows it), or null
 */
record StoredFile(String id, String filename, String purpose, long bytes, long createdAt, Long expiresAt,
                  long sequence, Long numLines) {

    StoredFile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(purpose, "purpose");
        if (bytes < 0) {
            throw new IllegalArgumentException("negative size: " + bytes);
        }
    }

    SortKey sortKey() {
        return new SortKey(createdAt, sequence);
    }

    boolean isExpiredAt(long epochSecond) {
        return expiresAt != null && expiresAt <= epochSecond;
    }
}
