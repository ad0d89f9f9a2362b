package dev.filedeck.api;

/** How a server takes an uploaded file. */
public enum UploadStrategy {
    /** One {@code multipart/form-data} POST with the purpose and the file (OpenAI and nearly everyone). */
    MULTIPART,
    /**
     * Together's three steps: a form POST answered by a redirect to a presigned URL, a PUT of the bytes
     * there without the API key, then {@code POST /files/{id}/preprocess}.
     */
    PRESIGNED_PUT
}
