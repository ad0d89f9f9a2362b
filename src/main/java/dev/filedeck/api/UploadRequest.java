package dev.filedeck.api;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * A file to upload.
 *
 * @param file the local file, read as it streams
 * @param purpose fine-tune, batch, vision, …
 * @param filename the name to give the server, null for the local file's name
 * @param expiresAfter how long after creation the server should delete it (sent as
 *                     {@code expires_after[anchor]=created_at}); null for the server's default
 */
public record UploadRequest(Path file, String purpose, String filename, Duration expiresAfter) {

    public UploadRequest {
        Objects.requireNonNull(file, "file");
        if (purpose == null || purpose.isBlank()) {
            throw new IllegalArgumentException("An upload needs a purpose");
        }
    }

    public static UploadRequest of(Path file, String purpose) {
        return new UploadRequest(file, purpose, null, null);
    }

    public UploadRequest withExpiresAfter(Duration value) {
        return new UploadRequest(file, purpose, filename, value);
    }

    public UploadRequest withFilename(String value) {
        return new UploadRequest(file, purpose, value, expiresAfter);
    }

    /** The name the server will see. */
    public String effectiveFilename() {
        return filename != null ? filename : file.getFileName().toString();
    }
}
