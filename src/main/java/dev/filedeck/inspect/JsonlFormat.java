package dev.filedeck.inspect;

import java.util.Locale;
import java.util.Optional;

/** What a JSONL file is checked as. */
public enum JsonlFormat {
    /** Any JSONL: every line one JSON value, in UTF-8. */
    JSONL("JSONL"),
    /** Fine-tuning data: the chat format or the preference (DPO) format. */
    FINE_TUNE("fine-tune"),
    /** Batch requests: custom_id, method, url, body. */
    BATCH("batch");

    private final String label;

    JsonlFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The format an upload of this purpose must have: fine-tune and batch files have their own,
     * other purposes' .jsonl files must at least be JSONL, anything else is not checked.
     */
    public static Optional<JsonlFormat> forUpload(String purpose, String filename) {
        if ("fine-tune".equals(purpose)) {
            return Optional.of(FINE_TUNE);
        }
        if ("batch".equals(purpose)) {
            return Optional.of(BATCH);
        }
        return isJsonl(filename) ? Optional.of(JSONL) : Optional.empty();
    }

    /** For a remote file: checked as what its purpose says; a JSONL of another purpose as plain JSONL. */
    public static JsonlFormat forRemote(String purpose) {
        if ("fine-tune".equals(purpose)) {
            return FINE_TUNE;
        }
        return "batch".equals(purpose) ? BATCH : JSONL;
    }

    public static boolean isJsonl(String filename) {
        return filename != null && filename.toLowerCase(Locale.ROOT).endsWith(".jsonl");
    }
}
