package dev.filedeck.sandbox;

/** The error a status gets when a fault names only the status: what OpenAI sends for it. */
final class ErrorBodies {

    private ErrorBodies() {
    }

    static ApiException forStatus(int status) {
        return switch (status) {
            case 400 -> ApiException.invalidRequest("Bad request.", null);
            case 401 -> new ApiException(401, "Incorrect API key provided.", "invalid_request_error", null, "invalid_api_key");
            case 403 -> new ApiException(403, "You are not allowed to sample from this model.", "invalid_request_error", null, "permission_denied");
            case 404 -> new ApiException(404, "Not found.", "invalid_request_error", null, "not_found");
            case 408 -> new ApiException(408, "Request timed out.", "timeout", null, "timeout");
            case 409 -> new ApiException(409, "The request conflicted with another request. Please try again.", "invalid_request_error", null, "conflict");
            case 413 -> ApiException.tooLarge("Request entity too large.", "file_too_large");
            case 429 -> new ApiException(429, "Rate limit reached for requests. Please try again in 20s.", "requests", null, "rate_limit_exceeded");
            case 500 -> ApiException.internal("The server had an error while processing your request. Sorry about that!");
            case 502 -> new ApiException(502, "Bad gateway.", "server_error", null, "bad_gateway");
            case 503 -> new ApiException(503, "The engine is currently overloaded, please try again later.", "server_error", null, "service_unavailable");
            case 504 -> new ApiException(504, "Gateway timeout.", "server_error", null, "gateway_timeout");
            default -> new ApiException(status, reasonPhrase(status) + ".", status >= 500 ? "server_error" : "invalid_request_error", null, null);
        };
    }

    static String reasonPhrase(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 301 -> "Moved Permanently";
            case 302 -> "Found";
            case 303 -> "See Other";
            case 307 -> "Temporary Redirect";
            case 308 -> "Permanent Redirect";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 409 -> "Conflict";
            case 413 -> "Request Entity Too Large";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> status >= 500 ? "Server Error" : status >= 400 ? "Client Error" : "Status " + status;
        };
    }
}
