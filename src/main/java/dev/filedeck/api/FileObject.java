package dev.filedeck.api;

import java.time.Instant;
import java.util.Optional;

/**
 * A remote file as the server describes it. Optional fields are null when the server leaves them
 * out; {@code rawJson} keeps the whole object, fields unknown to FileDeck included.
 *
 * @param id the file's id
 * @param bytes size in bytes, null at providers that do not say
 * @param createdAt Unix seconds, 0 when the server gave none
 * @param expiresAt Unix seconds, null when the file does not expire
 * @param filename the name the server keeps (untrusted: never use it as a path as it is)
 * @param purpose open set of strings: fine-tune, batch, batch_output, batch-output, vision, …
 * @param status uploaded, processed, error, pending, … or null
 * @param statusDetails why a file is in error, or null
 * @param rawJson the object exactly as received, compact
 */
public record FileObject(String id, Long bytes, long createdAt, Long expiresAt, String filename, String purpose,
                         String status, String statusDetails, String rawJson) {

    public Instant created() {
        return Instant.ofEpochSecond(createdAt);
    }

    public Optional<Instant> expires() {
        return expiresAt == null ? Optional.empty() : Optional.of(Instant.ofEpochSecond(expiresAt));
    }
}
