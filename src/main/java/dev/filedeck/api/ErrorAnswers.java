package dev.filedeck.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;

/** Turns error answers and I/O failures into {@link ApiException}s with messages people can act on. */
final class ErrorAnswers {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern HTML_TITLE = Pattern.compile("<title[^>]*>(.*?)</title>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TAGS = Pattern.compile("<[^>]+>");
    private static final int MAX_TEXT = 300;

    private final ApiKey key;

    ErrorAnswers(ApiKey key) {
        this.key = key;
    }

    /** An error answer: OpenAI's JSON error, another JSON shape, HTML or plain text. */
    ApiException fromAnswer(int status, byte[] body, String contentType, String requestId) {
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8).strip();
        String type = null;
        String code = null;
        String param = null;
        String serverMessage = null;
        JsonNode json = parseJson(text);
        if (json != null && json.isObject()) {
            JsonNode error = json.get("error");
            if (error != null && error.isObject()) {
                serverMessage = textOf(error.get("message"));
                type = textOf(error.get("type"));
                code = textOf(error.get("code"));
                param = textOf(error.get("param"));
            } else if (error != null && error.isTextual()) {
                serverMessage = error.asText();
            } else {
                // Gateways use {"message": …} or FastAPI's {"detail": …}.
                serverMessage = firstText(json, "message", "detail", "msg");
            }
        } else if (looksLikeHtml(text, contentType)) {
            serverMessage = htmlSummary(text);
        } else if (!text.isEmpty()) {
            serverMessage = shorten(text);
        }
        serverMessage = key.redact(serverMessage);
        String message = "HTTP " + status + " " + reason(status)
                + (serverMessage == null || serverMessage.isBlank() ? "" : ": " + serverMessage)
                + hint(status);
        return new ApiException(ApiException.Kind.HTTP, status, type, code, param, serverMessage, requestId, message, null);
    }

    /** A failure without an answer: refused, reset, timed out, TLS. */
    ApiException fromIo(IOException e, URI uri, Duration timeout) {
        String where = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        Throwable root = rootOf(e);
        if (e instanceof HttpConnectTimeoutException) {
            return ApiException.of(ApiException.Kind.TIMEOUT, "Could not connect to " + where + " in time: the host did not answer", e);
        }
        if (e instanceof HttpTimeoutException) {
            return ApiException.of(ApiException.Kind.TIMEOUT, "The server at " + where + " did not answer within " + seconds(timeout), e);
        }
        if (root instanceof SSLException || e instanceof SSLException) {
            return ApiException.of(ApiException.Kind.TLS, "Secure connection to " + where + " failed (TLS): "
                    + key.redact(String.valueOf(root.getMessage())) + ". Check the URL's scheme (https or http) and the server's certificate", e);
        }
        if (root instanceof ConnectException || e instanceof ConnectException) {
            return ApiException.of(ApiException.Kind.CONNECTION, "Could not connect to " + where
                    + " (connection refused). Is the server running and the base URL right?", e);
        }
        if (root instanceof java.nio.channels.UnresolvedAddressException || root instanceof java.net.UnknownHostException) {
            return ApiException.of(ApiException.Kind.CONNECTION, "Unknown host " + uri.getHost() + ": check the base URL and your network", e);
        }
        if (root instanceof ClosedChannelException || isEof(e)) {
            return ApiException.of(ApiException.Kind.CONNECTION, "The connection to " + where + " was closed before the answer was complete", e);
        }
        return ApiException.of(ApiException.Kind.CONNECTION, "Connection to " + where + " failed: "
                + key.redact(String.valueOf(e.getMessage())), e);
    }

    private static boolean isEof(IOException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("eof") || message.contains("closed") || message.contains("reset");
    }

    private static Throwable rootOf(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String seconds(Duration d) {
        if (d == null) {
            return "the time allowed";
        }
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    private static JsonNode parseJson(String text) {
        if (text.isEmpty() || !(text.startsWith("{") || text.startsWith("["))) {
            return null;
        }
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }

    private static String firstText(JsonNode json, String... names) {
        for (String name : names) {
            JsonNode node = json.get(name);
            if (node != null && !node.isNull()) {
                return node.isTextual() ? node.asText() : shorten(node.toString());
            }
        }
        return shorten(json.toString());
    }

    private static String textOf(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static boolean looksLikeHtml(String text, String contentType) {
        return (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html"))
                || text.regionMatches(true, 0, "<!doctype html", 0, 14) || text.regionMatches(true, 0, "<html", 0, 5);
    }

    private static String htmlSummary(String html) {
        Matcher title = HTML_TITLE.matcher(html);
        String summary = title.find() ? title.group(1) : TAGS.matcher(html).replaceAll(" ");
        return "the server answered with a web page (" + shorten(summary.replaceAll("\\s+", " ").strip()) + ")";
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("[\\r\\n\\t]+", " ");
        return oneLine.length() <= MAX_TEXT ? oneLine : oneLine.substring(0, MAX_TEXT) + "…";
    }

    static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 409 -> "Conflict";
            case 413 -> "Payload Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Entity";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "";
        };
    }

    private static String hint(int status) {
        return switch (status) {
            case 401 -> ". Check the API key";
            case 403 -> ". The key may lack access to this project or organization";
            case 413 -> ". The file is over the server's size limit";
            case 429 -> ". Rate limited: wait a moment and retry";
            default -> "";
        };
    }
}
