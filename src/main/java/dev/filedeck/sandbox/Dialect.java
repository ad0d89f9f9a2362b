package dev.filedeck.sandbox;

import java.util.List;
import java.util.Locale;

/**
 * The provider whose Files API the sandbox imitates. The store is the same for every dialect; a dialect
 * decides the URL prefix, the authentication, the list shape and which purposes may be uploaded.
 */
public enum Dialect {
    OPENAI("openai", "OpenAI", "/v1", Paging.CURSOR,
            List.of("assistants", "batch", "fine-tune", "vision", "user_data", "evals")),
    SCALEGENAI("scalegenai", "ScaleGenAI", "/openai/v1", Paging.NONE,
            List.of("fine-tune", "fine-tune-results", "assistants", "assistants_output")),
    BATCH_PROVIDER("batch-provider", "batch provider", "/v1", Paging.CURSOR,
            List.of("batch", "fine-tune")),
    MISTRAL("mistral", "Mistral", "/v1", Paging.PAGE_NUMBER,
            List.of("fine-tune", "batch", "ocr")),
    AZURE("azure", "Azure OpenAI", "/openai", Paging.CURSOR,
            List.of("assistants", "batch", "fine-tune", "vision", "user_data", "evals")),
    /** Together: uploads go in three steps (a form POST answered by a redirect to a presigned URL, a PUT, a preprocess). */
    TOGETHER("together", "Together", "/v1", Paging.NONE,
            List.of("fine-tune", "eval")),
    GROQ("groq", "Groq", "/openai/v1", Paging.NONE,
            List.of("batch"));

    /** How a dialect pages its file list. */
    enum Paging { CURSOR, PAGE_NUMBER, NONE }

    /** The api-version the standalone banner suggests for Azure. */
    static final String AZURE_API_VERSION = "2024-10-21";

    private final String cliName;
    private final String displayName;
    private final String prefix;
    private final Paging paging;
    private final List<String> uploadPurposes;

    Dialect(String cliName, String displayName, String prefix, Paging paging, List<String> uploadPurposes) {
        this.cliName = cliName;
        this.displayName = displayName;
        this.prefix = prefix;
        this.paging = paging;
        this.uploadPurposes = uploadPurposes;
    }

    /** The path prefix of every endpoint, e.g. {@code /v1}; no trailing slash. */
    public String prefix() {
        return prefix;
    }

    /** A human name, e.g. "OpenAI". */
    public String displayName() {
        return displayName;
    }

    /** The name used on the command line, e.g. {@code batch-provider}. */
    public String cliName() {
        return cliName;
    }

    /** The dialect of a command-line name (case-insensitive; underscores allowed for hyphens). */
    public static Dialect fromCliName(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Dialect dialect : values()) {
            if (dialect.cliName.equals(wanted)) {
                return dialect;
            }
        }
        throw new IllegalArgumentException("unknown dialect: " + name);
    }

    Paging paging() {
        return paging;
    }

    List<String> uploadPurposes() {
        return uploadPurposes;
    }

    boolean usesApiKeyHeader() {
        return this == AZURE;
    }

    boolean requiresApiVersion() {
        return this == AZURE;
    }

    /** ScaleGenAI's, Together's and Groq's file objects carry no expiry, so expires_after is ignored there. */
    boolean supportsExpiry() {
        return this != SCALEGENAI && this != TOGETHER && this != GROQ;
    }

    /** Together takes the bytes by a PUT to a presigned URL, not in the POST itself. */
    boolean usesPresignedUploads() {
        return this == TOGETHER;
    }

    /** The batch provider gives every file an expiry, 30 days unless the upload says otherwise. */
    boolean expiresEveryFile() {
        return this == BATCH_PROVIDER;
    }

    /** OpenAI refuses to hand back the content of files uploaded for these purposes. */
    boolean refusesDownloadOf(String purpose) {
        return this == OPENAI && ("assistants".equals(purpose) || "user_data".equals(purpose));
    }

    /** The purpose a batch's output file gets in this dialect (OpenAI: batch_output, the batch provider: batch-output). */
    String batchOutputPurpose() {
        return this == BATCH_PROVIDER ? "batch-output" : "batch_output";
    }
}
