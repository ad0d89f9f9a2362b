package dev.filedeck.ui.files;

import com.sun.net.httpserver.HttpServer;
import dev.filedeck.api.ApiException;
import dev.filedeck.api.ApiKey;
import dev.filedeck.api.ClientConfig;
import dev.filedeck.api.FilesClient;
import dev.filedeck.api.RetryPolicy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Real {@link ApiException}s for tests, made the way the app meets them: a client asks a tiny
 * loopback server that answers with an error. (ApiException has no public constructor, rightly.)
 */
final class ApiErrors {

    private ApiErrors() {
    }

    static ApiException answer(int status, String requestId, String message) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            byte[] body = ("{\"error\":{\"message\":\"" + message + "\",\"type\":\"server_error\",\"param\":null,\"code\":null}}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.getResponseHeaders().set("x-request-id", requestId);
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            String baseUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
            FilesClient client = new FilesClient(ClientConfig.of(baseUrl, ApiKey.of("sk-test-key-for-errors"))
                    .withRetryPolicy(RetryPolicy.never()));
            client.retrieve("file-abc");
            throw new AssertionError("the server was meant to answer " + status);
        } catch (ApiException e) {
            return e;
        } finally {
            server.stop(0);
        }
    }
}
