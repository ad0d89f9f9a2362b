package dev.filedeck.sandbox;

import java.util.Map;

/**
 * An error answer in OpenAI's shape, {@code {"error":{"message","type","param","code"}}}, thrown by a handler
 * and written by the dispatcher. Unchecked and without a stack trace: it is an answer, not a bug.
 */
final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final int status;
    final String type;
    final String param;
    final String code;
    final Map<String, String> headers;

    ApiException(int status, String message, String type, String param, String code, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.type = type;
        this.param = param;
        this.code = code;
        this.headers = Map.copyOf(headers);
    }

    ApiException(int status, String message, String type, String param, String code) {
        this(status, message, type, param, code, Map.of());
    }

    static ApiException invalidRequest(String message, String param) {
        return new ApiException(400, message, "invalid_request_error", param, null);
    }

    static ApiException noSuchFile(String id) {
        return new ApiException(404, "No such File object: " + id, "invalid_request_error", "id", null);
    }

    static ApiException invalidUrl(String method, String path) {
        return new ApiException(404, "Invalid URL (" + method + " " + path + ")", "invalid_request_error", null, null);
    }

    static ApiException methodNotAllowed(String method, String path, String allow) {
        return new ApiException(405, "Invalid method for URL (" + method + " " + path + ")", "invalid_request_error", null,
                null, Map.of("Allow", allow));
    }

    static ApiException tooLarge(String message, String code) {
        return new ApiException(413, message, "invalid_request_error", "file", code);
    }

    static ApiException internal(String message) {
        return new ApiException(500, message, "server_error", null, null);
    }
}
