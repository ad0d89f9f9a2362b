package dev.filedeck.settings;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a connection's server accepts, so that the UI offers only what will work and warns
 * before sending what will be refused.
 *
 * @param uploadPurposes the purposes offered for upload, most common first
 * @param defaultPurpose the purpose preselected when nothing better is known
 * @param expiresAfter whether uploads may carry {@code expires_after}
 * @param maxFileBytes the largest file the server takes
 * @param maxBatchBytes the largest file with purpose {@code batch}
 */
public record Capabilities(List<String> uploadPurposes, String defaultPurpose, boolean expiresAfter,
                           long maxFileBytes, long maxBatchBytes) {

    private static final long MB = 1024L * 1024;

    public Capabilities {
        uploadPurposes = List.copyOf(uploadPurposes);
        Objects.requireNonNull(defaultPurpose, "defaultPurpose");
    }

    /** OpenAI's Files API, which the Local sandbox also speaks by default. */
    public static Capabilities openAi() {
        return new Capabilities(List.of("fine-tune", "batch", "vision", "user_data", "assistants", "evals"),
                "fine-tune", true, 512 * MB, 200 * MB);
    }

    /** The limit that applies to a file of this purpose. */
    public long limitFor(String purpose) {
        return "batch".equals(purpose) ? Math.min(maxBatchBytes, maxFileBytes) : maxFileBytes;
    }

    /** The purpose a file most likely needs, judged by its name; null when the name says nothing. */
    public String suggestPurpose(String filename) {
        String lower = filename.toLowerCase(Locale.ROOT);
        String suggestion = null;
        if (lower.matches(".*\\.(png|jpe?g|gif|webp)$")) {
            suggestion = "vision";
        } else if (lower.endsWith(".jsonl") && (lower.contains("batch") || lower.contains("request"))) {
            suggestion = "batch";
        } else if (lower.endsWith(".jsonl")) {
            suggestion = "fine-tune";
        } else if (lower.matches(".*\\.(pdf|txt|md|docx?|csv|json|html?)$")) {
            suggestion = "user_data";
        }
        return suggestion != null && uploadPurposes.contains(suggestion) ? suggestion : null;
    }
}
