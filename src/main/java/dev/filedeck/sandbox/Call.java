package dev.filedeck.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One request being handled: the exchange, the dialect it is served in (read once, so a switch mid-request
 * cannot mix two shapes), and what has been answered so far.
 */
final class Call {

    private static final long MAX_DRAIN_BYTES = 1024L * 1024 * 1024;

    final HttpExchange exchange;
    final Dialect dialect;
    final String requestId;
    final String method;
    /** The decoded path, prefix included. */
    final String path;
    /** The path after the dialect prefix, or null when it does not start with the prefix. */
    final String route;
    private final CountingInputStream requestBody;
    private final CountingOutputStream responseBody;
    private final RequestLog log;
    private final Map<String, List<String>> loggedHeaders;
    private RequestLog.Slot logged;
    private QueryParams query;
    private int status;

    Call(HttpExchange exchange, Dialect dialect, String requestId, RequestLog log) {
        this.exchange = exchange;
        this.dialect = dialect;
        this.requestId = requestId;
        this.log = log;
        this.method = exchange.getRequestMethod();
        this.path = exchange.getRequestURI().getPath();
        this.route = stripPrefix(path, dialect.prefix());
        this.loggedHeaders = RequestLog.redact(exchange.getRequestHeaders());
        this.requestBody = new CountingInputStream(exchange.getRequestBody());
        this.responseBody = new CountingOutputStream(exchange.getResponseBody());
        exchange.setStreams(requestBody, responseBody);
    }

    /**
     * Puts this request in the log, or brings its entry up to date. Called just before the answer's last byte
     * goes out (so a client holding the answer finds the entry) and once more when the exchange ends (with the
     * bytes that really went out, fewer if the client hung up).
     */
    synchronized void record(long responseBytes) {
        RecordedRequest entry = new RecordedRequest(method, path, exchange.getRequestURI().getRawQuery(), loggedHeaders,
                status, requestBody.count(), responseBytes);
        if (logged == null) {
            logged = log.add(entry);
        } else {
            logged.update(entry);
        }
    }

    /**
     * After an early answer (a 400 or 413 before the upload was read), reads and discards what the client is
     * still sending. Closing with unread data would make the OS reset the connection, and a client still busy
     * sending would lose the answer with it. Bounded: beyond that the connection is simply closed.
     */
    void drainRequestBody() {
        try {
            requestBody.discardUncounted(MAX_DRAIN_BYTES);
        } catch (IOException e) {
            // the client is gone; nothing left to protect
        }
    }

    long requestBytes() {
        return requestBody.count();
    }

    long responseBytes() {
        return responseBody.count();
    }

    private static String stripPrefix(String path, String prefix) {
        if (path.equals(prefix)) {
            return "";
        }
        return path.startsWith(prefix + "/") ? path.substring(prefix.length()) : null;
    }

    QueryParams query() {
        if (query == null) {
            query = QueryParams.parse(exchange.getRequestURI().getRawQuery());
        }
        return query;
    }

    String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    boolean responded() {
        return status != 0;
    }

    int status() {
        return status;
    }

    /** Sends the status line and headers; a body of {@code length} bytes must follow (0: none). */
    void sendHeaders(int status, long length) throws IOException {
        this.status = status;
        if (length == 0 || isHead()) {
            record(0); // the headers are the whole answer
            exchange.sendResponseHeaders(status, -1);
        } else {
            responseBody.beforeCompletion(length, () -> record(length));
            exchange.sendResponseHeaders(status, length);
        }
    }

    /** HEAD answers are headers only (the JDK server refuses a body, and no route serves HEAD anyway). */
    private boolean isHead() {
        return "HEAD".equals(method);
    }

    OutputStream body() {
        return exchange.getResponseBody();
    }

    void sendJson(int status, JsonNode json) throws IOException {
        sendBytes(status, "application/json", Json.MAPPER.writeValueAsBytes(json));
    }

    void sendText(int status, String contentType, String text) throws IOException {
        sendBytes(status, contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    void sendBytes(int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        sendHeaders(status, body.length);
        if (body.length > 0 && !isHead()) {
            OutputStream out = body();
            out.write(body);
            out.flush();
        }
    }

    void sendError(ApiException e) throws IOException {
        for (Map.Entry<String, String> header : e.headers.entrySet()) {
            exchange.getResponseHeaders().set(header.getKey(), header.getValue());
        }
        sendJson(e.status, Json.error(e));
    }
}
