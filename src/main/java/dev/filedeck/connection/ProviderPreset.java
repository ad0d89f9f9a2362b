package dev.filedeck.connection;

import dev.filedeck.api.AuthStyle;
import dev.filedeck.api.PagingMode;
import dev.filedeck.api.UploadStrategy;
import dev.filedeck.settings.Capabilities;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What FileDeck knows of each provider's Files API (see api-notes.md): where it lives, how it wants
 * its key, how it pages, how it takes uploads, which purposes it accepts and its limits. A new
 * connection starts from a preset; the person can still change every field.
 */
public enum ProviderPreset {

    OPENAI("OpenAI", "https://api.openai.com/v1", AuthStyle.BEARER, PagingMode.CURSOR, UploadStrategy.MULTIPART,
            List.of("fine-tune", "batch", "vision", "user_data", "assistants", "evals"), true, 512, 200,
            "Keys start with sk-. Organization and project are optional: set them when your key belongs to several."),
    AZURE_OPENAI("Azure OpenAI", "", AuthStyle.AZURE_API_KEY, PagingMode.AUTO, UploadStrategy.MULTIPART,
            List.of("fine-tune", "batch", "assistants", "user_data", "evals"), true, 512, 200,
            "The base URL is your resource's endpoint followed by /openai, e.g. https://my-resource.openai.azure.com/openai. "
                    + "The key goes in the api-key header; the API version is sent with every request."),
    SCALEGENAI("ScaleGenAI", "", AuthStyle.BEARER, PagingMode.NONE, UploadStrategy.MULTIPART,
            List.of("fine-tune", "fine-tune-results", "assistants", "assistants_output"), false, 512, 512,
            "The base URL ends in /openai/v1. ScaleGenAI lists every file at once; FileDeck pages the list for you."),
    TOGETHER("Together", "https://api.together.xyz/v1", AuthStyle.BEARER, PagingMode.NONE, UploadStrategy.PRESIGNED_PUT,
            List.of("fine-tune", "eval"), false, 512, 512,
            "Uploads go in three steps (the bytes go to a presigned URL, without your key); FileDeck does them for you."),
    MISTRAL("Mistral", "https://api.mistral.ai/v1", AuthStyle.BEARER, PagingMode.PAGE_NUMBER, UploadStrategy.MULTIPART,
            List.of("fine-tune", "batch", "ocr"), false, 512, 512,
            "Mistral pages its list by page number; FileDeck pages it the same way as any other."),
    GROQ("Groq", "https://api.groq.com/openai/v1", AuthStyle.BEARER, PagingMode.NONE, UploadStrategy.MULTIPART,
            List.of("batch"), false, 100, 100,
            "Groq keeps files for batch jobs only (purpose batch, at most 100 MB a file)."),
    LITELLM("LiteLLM proxy", "http://localhost:4000/v1", AuthStyle.BEARER, PagingMode.AUTO, UploadStrategy.MULTIPART,
            List.of("fine-tune", "batch", "vision", "user_data", "assistants"), true, 512, 200,
            "Use the proxy's address and a proxy key (sk-...). Older proxies ignore paging; FileDeck notices and pages itself."),
    CUSTOM("Custom (OpenAI-compatible)", "", AuthStyle.BEARER, PagingMode.AUTO, UploadStrategy.MULTIPART,
            List.of("fine-tune", "batch", "vision", "user_data", "assistants", "evals"), true, 512, 200,
            "Any server that speaks OpenAI's Files API. The base URL usually ends in /v1; FileDeck finds out how it pages."),
    FIREWORKS("Fireworks (inference)", "https://api.fireworks.ai/inference/v1", AuthStyle.BEARER, PagingMode.AUTO,
            UploadStrategy.MULTIPART, List.of(), false, 0, 0,
            "Fireworks' OpenAI-compatible endpoint serves inference only: it has no /files endpoint, so there is nothing "
                    + "FileDeck can list or upload there. Fireworks keeps datasets in its own Datasets API instead."),
    VLLM("vLLM server", "http://localhost:8000/v1", AuthStyle.BEARER, PagingMode.AUTO, UploadStrategy.MULTIPART,
            List.of(), false, 0, 0,
            "vLLM's OpenAI-compatible server serves completions and chat only: it has no /files endpoint. Put a gateway "
                    + "such as LiteLLM in front of it if you need files.");

    private static final long MB = 1024L * 1024;

    private final String label;
    private final String baseUrl;
    private final AuthStyle authStyle;
    private final PagingMode pagingMode;
    private final UploadStrategy uploadStrategy;
    private final List<String> purposes;
    private final boolean expiresAfter;
    private final long maxFileBytes;
    private final long maxBatchBytes;
    private final String notes;

    ProviderPreset(String label, String baseUrl, AuthStyle authStyle, PagingMode pagingMode, UploadStrategy uploadStrategy,
                   List<String> purposes, boolean expiresAfter, long maxFileMb, long maxBatchMb, String notes) {
        this.label = label;
        this.baseUrl = baseUrl;
        this.authStyle = authStyle;
        this.pagingMode = pagingMode;
        this.uploadStrategy = uploadStrategy;
        this.purposes = purposes;
        this.expiresAfter = expiresAfter;
        this.maxFileBytes = maxFileMb * MB;
        this.maxBatchBytes = maxBatchMb * MB;
        this.notes = notes;
    }

    /** The name people know the provider by. */
    public String label() {
        return label;
    }

    /** The usual base URL, or empty where it is the customer's own host (Azure, ScaleGenAI, custom servers). */
    public String baseUrl() {
        return baseUrl;
    }

    /** What the base URL field shows as an example when the preset cannot fill it. */
    public String baseUrlExample() {
        return switch (this) {
            case AZURE_OPENAI -> "https://my-resource.openai.azure.com/openai";
            case SCALEGENAI -> "https://your-scalegenai-host/openai/v1";
            default -> baseUrl.isEmpty() ? "https://host/v1" : baseUrl;
        };
    }

    public AuthStyle authStyle() {
        return authStyle;
    }

    public PagingMode pagingMode() {
        return pagingMode;
    }

    public UploadStrategy uploadStrategy() {
        return uploadStrategy;
    }

    /** The purposes offered for upload, the default first. */
    public List<String> purposes() {
        return purposes;
    }

    /** The purpose preselected for an upload when the file's name suggests none. */
    public String defaultPurpose() {
        return purposes.isEmpty() ? "fine-tune" : purposes.get(0);
    }

    /** Whether uploads may carry {@code expires_after}. */
    public boolean expiresAfter() {
        return expiresAfter;
    }

    public long maxFileBytes() {
        return maxFileBytes;
    }

    public long maxBatchBytes() {
        return maxBatchBytes;
    }

    /** What uploads may use on this provider; a provider without files gets the generic set (it is never connected to). */
    public Capabilities capabilities() {
        ProviderPreset source = hasFilesApi() ? this : CUSTOM;
        return new Capabilities(source.purposes, source.defaultPurpose(), source.expiresAfter, source.maxFileBytes,
                source.maxBatchBytes);
    }

    /** Whether the provider has a Files API at all; those without are explained, never connected to. */
    public boolean hasFilesApi() {
        return !purposes.isEmpty();
    }

    /** A sentence or two on what to enter and what is different about this provider. */
    public String notes() {
        return notes;
    }

    /** Azure's api-version, sent with every request; null for everyone else. */
    public String defaultApiVersion() {
        return this == AZURE_OPENAI ? "2024-10-21" : null;
    }

    /** The presets a new connection can start from: those with a Files API first, the others after. */
    public static List<ProviderPreset> choices() {
        return List.of(values());
    }

    /** The provider a base URL most likely belongs to, judged by its host; Custom when unknown. */
    public static ProviderPreset forBaseUrl(URI baseUrl) {
        String host = Optional.ofNullable(baseUrl.getHost()).orElse("").toLowerCase(Locale.ROOT);
        if (host.equals("api.openai.com")) {
            return OPENAI;
        }
        if (host.endsWith(".openai.azure.com") || host.endsWith(".cognitiveservices.azure.com")) {
            return AZURE_OPENAI;
        }
        if (host.equals("api.together.xyz") || host.equals("api.together.ai")) {
            return TOGETHER;
        }
        if (host.equals("api.mistral.ai")) {
            return MISTRAL;
        }
        if (host.equals("api.groq.com")) {
            return GROQ;
        }
        if (host.endsWith("fireworks.ai")) {
            return FIREWORKS;
        }
        if (host.contains("scalegen")) {
            return SCALEGENAI;
        }
        return CUSTOM;
    }

    @Override
    public String toString() {
        return label;
    }
}
