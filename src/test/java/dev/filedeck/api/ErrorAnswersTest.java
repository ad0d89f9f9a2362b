package dev.filedeck.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filedeck.sandbox.Fault;
import dev.filedeck.sandbox.FaultRule;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way a server can fail, served for real by the sandbox, and what the user is told. */
class ErrorAnswersTest {

    @TempDir
    Path dir;
    private Sandbox sandbox;
    private FilesClient noRetries;

    @BeforeEach
    void start() {
        sandbox = Sandbox.start(dir);
        noRetries = new FilesClient(sandbox.config().withRetryPolicy(RetryPolicy.never()));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private ApiException listFails(FilesClient client) {
        return assertThrows(ApiException.class, () -> client.list(ListQuery.firstPage(10)));
    }

    @Test
    void openAiErrorBodyGivesTypeCodeParamAndRequestId() {
        ApiException e = assertThrows(ApiException.class, () -> noRetries.retrieve("file-nope"));
        assertEquals(ApiException.Kind.HTTP, e.kind());
        assertEquals(404, e.status());
        assertEquals("invalid_request_error", e.type());
        assertEquals("id", e.param());
        assertTrue(e.serverMessage().contains("file-nope"));
        assertTrue(e.requestId().matches("req_[0-9a-f]{32}"), e.requestId());
    }

    @Test
    void wrongKeyIs401WithAHint() {
        FilesClient wrong = new FilesClient(ClientConfig.of(sandbox.server.baseUrl().toString(), ApiKey.of("sk-wrong-key-0123456789abcdef")));
        ApiException e = listFails(wrong);
        assertEquals(401, e.status());
        assertEquals("invalid_api_key", e.code());
        assertTrue(e.getMessage().contains("Check the API key"), e.getMessage());
        assertFalse(e.getMessage().contains("sk-wrong-key-0123456789abcdef"));
    }

    @Test
    void htmlErrorPageGivesAReadableMessageWithStatus() {
        sandbox.server.faults().add(FaultRule.on("GET", "/files", Fault.htmlError(502)));
        ApiException e = listFails(noRetries);
        assertEquals(502, e.status());
        assertTrue(e.getMessage().startsWith("HTTP 502 Bad Gateway"), e.getMessage());
        assertFalse(e.getMessage().contains("<"), e.getMessage());
        assertTrue(e.requestId() != null);
    }

    @Test
    void plainTextErrorIsShownAsText() {
        sandbox.server.faults().add(FaultRule.on("GET", "/files", Fault.plainText(503, "upstream connect error or disconnect")));
        ApiException e = listFails(noRetries);
        assertEquals(503, e.status());
        assertEquals("HTTP 503 Service Unavailable: upstream connect error or disconnect", e.getMessage());
    }

    @Test
    void malformedJsonOnSuccessIsAProtocolErrorNotACrash() {
        sandbox.server.faults().add(FaultRule.on("GET", "/files", Fault.malformedJson()));
        ApiException e = listFails(noRetries);
        assertEquals(ApiException.Kind.PROTOCOL, e.kind());
        assertEquals(200, e.status());
        assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
    }

    @Test
    void jsonThatIsNotAListIsAProtocolError() {
        sandbox.server.faults().add(FaultRule.on("GET", "/files", Fault.status(200, Map.of("Content-Type", "application/json"), "{\"object\":\"list\"}")));
        ApiException e = listFails(noRetries);
        assertEquals(ApiException.Kind.PROTOCOL, e.kind());
        assertTrue(e.getMessage().contains("not a file list"), e.getMessage());
    }

    @Test
    void webPageOnSuccessHintsAtTheBaseUrl() {
        sandbox.server.faults().add(FaultRule.on("GET", "/files", Fault.status(200, Map.of("Content-Type", "text/html"), "<html><body>Welcome</body></html>")));
        ApiException e = listFails(noRetries);
        assertEquals(ApiException.Kind.PROTOCOL, e.kind());
        assertTrue(e.getMessage().contains("base URL"), e.getMessage());
    }

    @Test
    void connectionRefusedSaysSo() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        FilesClient client = new FilesClient(ClientConfig.of("http://127.0.0.1:" + port + "/v1", ApiKey.of("sk-x")).withRetryPolicy(RetryPolicy.never()));
        ApiException e = listFails(client);
        assertEquals(ApiException.Kind.CONNECTION, e.kind());
        assertTrue(e.getMessage().contains("connection refused"), e.getMessage());
        assertEquals(0, e.status());
    }

    @Test
    void timeoutSaysHowLongItWaited() {
        sandbox.server.faults().add(FaultRule.on("GET", "/files", Fault.delay(Duration.ofSeconds(3))));
        FilesClient impatient = new FilesClient(sandbox.config().withRetryPolicy(RetryPolicy.never())
                .withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(500), Duration.ofSeconds(5)));
        ApiException e = listFails(impatient);
        assertEquals(ApiException.Kind.TIMEOUT, e.kind());
        assertTrue(e.getMessage().contains("did not answer within 0.5 s"), e.getMessage());
    }

    @Test
    void untrustedCertificateIsATlsError() throws Exception {
        try (SelfSignedHttpsServer https = SelfSignedHttpsServer.start(dir)) {
            FilesClient client = new FilesClient(ClientConfig.of(https.baseUrl(), ApiKey.of("sk-x")).withRetryPolicy(RetryPolicy.never()));
            ApiException e = listFails(client);
            assertEquals(ApiException.Kind.TLS, e.kind(), e.getMessage());
            assertTrue(e.getMessage().contains("TLS"), e.getMessage());
            assertTrue(e.getMessage().contains("certificate"), e.getMessage());
        }
    }

    @Test
    void droppedConnectionIsAConnectionError() {
        sandbox.server.faults().add(FaultRule.on("GET", "/files", Fault.dropConnection()).times(5));
        ApiException e = listFails(noRetries);
        assertEquals(ApiException.Kind.CONNECTION, e.kind());
    }

    @Test
    void wrongBaseUrlGives404() {
        FilesClient client = new FilesClient(ClientConfig.of(sandbox.server.baseUrl().toString().replace("/v1", "/v2"),
                ApiKey.of(sandbox.server.apiKey())).withRetryPolicy(RetryPolicy.never()));
        assertEquals(404, listFails(client).status());
    }

    @Test
    void uploadOverTheLimitIsRefusedWithTheServersReason() throws Exception {
        Sandbox small = Sandbox.start(dev.filedeck.sandbox.SandboxConfig.forTests(dir.resolve("small"))
                .withLimits(new dev.filedeck.sandbox.Limits(1024, 512, 1 << 20)));
        try {
            Path big = Sandbox.writeFile(dir.resolve("big.jsonl"), 4096, 1);
            ApiException e = assertThrows(ApiException.class, () -> small.client().upload(UploadRequest.of(big, "fine-tune")));
            assertEquals(413, e.status());
            assertTrue(e.getMessage().contains("over the server's size limit"), e.getMessage());
        } finally {
            small.close();
        }
    }

    @Test
    void missingLocalFileIsALocalError() {
        ApiException e = assertThrows(ApiException.class, () -> noRetries.upload(UploadRequest.of(dir.resolve("absent.jsonl"), "batch")));
        assertEquals(ApiException.Kind.LOCAL_IO, e.kind());
    }
}
