package dev.filedeck.api;

/**
 * Every failure of a Files API call: an HTTP error answer, a connection problem, a timeout, a TLS
 * problem, an answer that is not what the protocol promises, or a cancellation. The message is
 * ready to show to a person; it never contains the API key.
 */
public final class ApiException extends RuntimeException {

    /** What kind of failure this is, so that callers can react (retry, re-enter the key, …). */
    public enum Kind {
        /** The server answered with an error status. */
        HTTP,
        /** No connection could be made, or it broke. */
        CONNECTION,
        /** The server did not answer, or a transfer stalled, in time. */
        TIMEOUT,
        /** The TLS handshake failed: certificate, protocol, or plain HTTP on an HTTPS port. */
        TLS,
        /** The server answered, but not as a Files API does. */
        PROTOCOL,
        /** The user cancelled. */
        CANCELLED,
        /** A local file could not be read or written. */
        LOCAL_IO
    }

    private final Kind kind;
    private final int status;
    private final String type;
    private final String code;
    private final String param;
    private final String serverMessage;
    private final String requestId;

    ApiException(Kind kind, int status, String type, String code, String param, String serverMessage, String requestId,
                 String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.status = status;
        this.type = type;
        this.code = code;
        this.param = param;
        this.serverMessage = serverMessage;
        this.requestId = requestId;
    }

    static ApiException of(Kind kind, String message, Throwable cause) {
        return new ApiException(kind, 0, null, null, null, null, null, message, cause);
    }

    static ApiException protocol(String message, int status, String requestId) {
        return new ApiException(Kind.PROTOCOL, status, null, null, null, null, requestId, message, null);
    }

    static ApiException cancelled() {
        return of(Kind.CANCELLED, "Cancelled", null);
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status, 0 when there was no answer. */
    public int status() {
        return status;
    }

    /** OpenAI's error type, such as invalid_request_error, or null. */
    public String type() {
        return type;
    }

    /** OpenAI's error code, such as invalid_api_key, or null. */
    public String code() {
        return code;
    }

    /** The request parameter the error is about, or null. */
    public String param() {
        return param;
    }

    /** The server's own message, or null. */
    public String serverMessage() {
        return serverMessage;
    }

    /** The server's x-request-id: users quote it to the provider's support. */
    public String requestId() {
        return requestId;
    }

    public boolean isCancelled() {
        return kind == Kind.CANCELLED;
    }
}
