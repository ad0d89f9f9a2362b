package dev.filedeck.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one handler behind every path. In order: request id, prefix, network-level fault, API key, api-version
 * (Azure), API-level fault, the Files API; then the request is logged and recorded whatever happened.
 */
final class SandboxHandler implements HttpHandler {

    private static final System.Logger LOG = System.getLogger(SandboxHandler.class.getName());

    private final Supplier<Dialect> dialect;
    private final KeyCheck keyCheck;
    private final Faults faults;
    private final RequestLog requests;
    private final FilesApi files;

    SandboxHandler(Supplier<Dialect> dialect, KeyCheck keyCheck, Faults faults, RequestLog requests, FilesApi files) {
        this.dialect = dialect;
        this.keyCheck = keyCheck;
        this.faults = faults;
        this.requests = requests;
        this.files = files;
    }

    @Override
    public void handle(HttpExchange exchange) {
        long started = System.nanoTime();
        String requestId = Ids.newRequestId();
        exchange.getResponseHeaders().set("x-request-id", requestId);
        Call call = new Call(exchange, dialect.get(), requestId, requests);
        try {
            serve(call);
        } catch (ApiException e) {
            answerError(call, e);
        } catch (TruncatingOutputStream.Truncated e) {
            // the fault did its job; closing below cuts the connection
        } catch (IOException e) {
            // Almost always the client hanging up mid-transfer: nobody is left to answer.
            LOG.log(Level.DEBUG, "Sandbox: {0} {1}: connection ended: {2}", call.method, call.path, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the server is stopping
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Sandbox: " + call.method + " " + call.path + " failed", e);
            answerError(call, ApiException.internal("The sandbox failed to handle the request: " + e));
        } finally {
            call.record(call.responseBytes()); // before closing: a client seeing the connection end finds the entry
            if (call.responded()) {
                call.drainRequestBody();
            }
            exchange.close(); // without an answer sent, this closes the connection: dropConnection relies on it
            logLine(call, started);
        }
    }

    private void serve(Call call) throws IOException, InterruptedException {
        if (call.dialect.usesPresignedUploads() && PresignedUploads.isBucketPath(call.path)) {
            files.presigned().receive(call); // the URL's signature is the credential, not the API key
            return;
        }
        if (call.route == null) {
            throw ApiException.invalidUrl(call.method, call.path); // outside the prefix no fault rule can match
        }
        // One rule a request: the first that matches. A network-level one acts before the key is checked...
        Optional<Fault> fault = faults.takeFirstIf(call.method, call.route, Faults::appliesBeforeAuthentication);
        if (fault.isPresent() && !apply(call, fault.get())) {
            return;
        }
        keyCheck.check(call);
        checkApiVersion(call);
        // ...an API-level one only answers a client whose key was accepted.
        if (fault.isEmpty()) {
            fault = faults.takeFirstIf(call.method, call.route, any -> true);
            if (fault.isPresent() && !apply(call, fault.get())) {
                return;
            }
        }
        files.handle(call);
    }

    private static void checkApiVersion(Call call) {
        if (call.dialect.requiresApiVersion() && call.query().get("api-version") == null) {
            throw ApiException.invalidRequest("Missing required query parameter 'api-version'.", "api-version");
        }
    }

    /** Applies a fault; true when the request should then be handled normally. */
    private static boolean apply(Call call, Fault fault) throws IOException, InterruptedException {
        if (fault instanceof Fault.Delay delay) {
            Thread.sleep(delay.duration().toMillis());
            return true;
        }
        if (fault instanceof Fault.DropConnection) {
            return false; // closing the exchange without an answer closes the socket
        }
        if (fault instanceof Fault.Redirect redirect) {
            call.exchange.getResponseHeaders().set("Location", redirect.location());
            call.sendHeaders(redirect.status(), 0);
            return false;
        }
        if (fault instanceof Fault.TruncateAfter truncate) {
            call.exchange.setStreams(null, new TruncatingOutputStream(call.exchange.getResponseBody(), truncate.bytes()));
            return true;
        }
        sendAnswer(call, (Fault.Answer) fault);
        return false;
    }

    private static void sendAnswer(Call call, Fault.Answer answer) throws IOException {
        answer.headers().forEach((name, value) -> call.exchange.getResponseHeaders().set(name, value));
        if (answer.body() != null) {
            call.sendBytes(answer.status(), null, answer.body().getBytes(StandardCharsets.UTF_8));
            return;
        }
        ApiException error = ErrorBodies.forStatus(answer.status());
        byte[] body = Json.MAPPER.writeValueAsBytes(Json.error(error));
        String contentType = call.exchange.getResponseHeaders().getFirst("Content-Type");
        call.sendBytes(answer.status(), contentType == null ? "application/json" : null, body);
    }

    private static void answerError(Call call, ApiException e) {
        if (call.responded()) {
            LOG.log(Level.DEBUG, "Sandbox: {0} {1}: error after the answer began: {2}", call.method, call.path, e.getMessage());
            return;
        }
        try {
            call.sendError(e);
        } catch (IOException ioe) {
            LOG.log(Level.DEBUG, "Sandbox: could not send an error answer: {0}", ioe.getMessage());
        }
    }

    private static void logLine(Call call, long started) {
        if (LOG.isLoggable(Level.DEBUG)) {
            long millis = (System.nanoTime() - started) / 1_000_000;
            LOG.log(Level.DEBUG, "Sandbox: {0} {1} -> {2} ({3} bytes in, {4} bytes out, {5} ms, {6})",
                    call.method, call.path, call.status(), call.requestBytes(), call.responseBytes(), millis, call.requestId);
        }
    }
}
