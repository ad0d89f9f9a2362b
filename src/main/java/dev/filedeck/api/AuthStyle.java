package dev.filedeck.api;

/** How a connection presents its key. */
public enum AuthStyle {
    /** {@code Authorization: Bearer KEY}: OpenAI and nearly every compatible provider. */
    BEARER,
    /** {@code api-key: KEY} plus an {@code api-version} query parameter: Azure OpenAI. */
    AZURE_API_KEY
}
