package dev.filedeck.connection;

import dev.filedeck.api.ApiKey;
import dev.filedeck.api.ClientConfig;
import dev.filedeck.api.PagingMode;
import dev.filedeck.api.SelfSignedHttpsServer;
import dev.filedeck.sandbox.Dialect;
import dev.filedeck.sandbox.Fault;
import dev.filedeck.sandbox.FaultRule;
import dev.filedeck.sandbox.SandboxConfig;
import dev.filedeck.sandbox.SandboxServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Test connection" against the real sandbox, answering as a good or a misconfigured server would. */
class ConnectionTesterTest {

    @TempDir
    Path dir;

    private SandboxServer sandbox;
    private final ConnectionTester tester = new ConnectionTester(Duration.ofSeconds(5), Duration.ofSeconds(2));

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxConfig.forTests(dir.resolve("sandbox")).withSeedSamples(true));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private ClientConfig config(String baseUrl, String key) {
        return ClientConfig.of(baseUrl, ApiKey.of(key));
    }

    @Test
    void aGoodKeyConnectsAndSaysHowTheServerPages() {
        ConnectionCheck check = tester.check(ProviderPreset.CUSTOM, config(sandbox.baseUrl().toString(), sandbox.apiKey()));

        assertEquals(ConnectionCheck.Outcome.OK, check.outcome());
        assertEquals("Connected", check.headline());
        assertEquals("The Files API answered and listed a file. The server pages its list (cursor paging).", check.detail());
        assertEquals(List.of(), check.warnings(), "plain http to loopback is fine");
    }

    @Test
    void aServerThatDoesNotPageIsRecognised() {
        sandbox.setDialect(Dialect.SCALEGENAI);

        ConnectionCheck check = tester.check(config(sandbox.baseUrl(Dialect.SCALEGENAI).toString(), sandbox.apiKey())
                .withPagingMode(PagingMode.AUTO));

        assertEquals(ConnectionCheck.Outcome.OK, check.outcome());
        assertTrue(check.detail().endsWith("The server sends its whole list at once; FileDeck pages it for you."), check.detail());
    }

    @Test
    void aWrongKeyIsCalledABadKey() {
        ConnectionCheck check = tester.check(config(sandbox.baseUrl().toString(), "sk-wrong-0123456789abcdefghij"));

        assertEquals(ConnectionCheck.Outcome.BAD_KEY, check.outcome());
        assertEquals("The key was refused (401)", check.headline());
        assertTrue(check.detail().startsWith("Check the API key"), check.detail());
        assertNotNull(check.requestId());
    }

    @Test
    void aForbiddenKeyIsToldApartFromAWrongOne() {
        sandbox.faults().add(FaultRule.on("GET", "/files", Fault.status(403)));

        ConnectionCheck check = tester.check(config(sandbox.baseUrl().toString(), sandbox.apiKey()));

        assertEquals(ConnectionCheck.Outcome.FORBIDDEN, check.outcome());
        assertTrue(check.detail().contains("organization and the project"), check.detail());
    }

    @Test
    void aBaseUrlWithoutV1GetsAHintToAddIt() {
        String root = "http://127.0.0.1:" + sandbox.port();

        ConnectionCheck check = tester.check(config(root, sandbox.apiKey()));

        assertEquals(ConnectionCheck.Outcome.NOT_FOUND, check.outcome());
        assertEquals("Not found (404): is the base URL right?", check.headline());
        assertEquals("FileDeck asked " + root + "/files. Most providers' base URLs end in /v1: try " + root + "/v1.", check.detail());
    }

    @Test
    void aWebPageInsteadOfAFileListIsNotAFilesApi() {
        sandbox.faults().add(FaultRule.on("GET", "/files", Fault.htmlError(200)));

        ConnectionCheck check = tester.check(config(sandbox.baseUrl().toString(), sandbox.apiKey()));

        assertEquals(ConnectionCheck.Outcome.NOT_A_FILES_API, check.outcome());
        assertEquals("The server answered, but not as an OpenAI-compatible Files API", check.headline());
    }

    @Test
    void brokenJsonIsNotAFilesApiEither() {
        sandbox.faults().add(FaultRule.on("GET", "/files", Fault.malformedJson()));

        assertEquals(ConnectionCheck.Outcome.NOT_A_FILES_API,
                tester.check(config(sandbox.baseUrl().toString(), sandbox.apiKey())).outcome());
    }

    @Test
    void aSlowServerTimesOut() {
        sandbox.faults().add(FaultRule.on("GET", "/files", Fault.delay(Duration.ofSeconds(6))));

        ConnectionCheck check = tester.check(config(sandbox.baseUrl().toString(), sandbox.apiKey()));

        assertEquals(ConnectionCheck.Outcome.TIMEOUT, check.outcome());
        assertEquals("No answer in time", check.headline());
    }

    @Test
    void nobodyListeningIsUnreachable() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        ConnectionCheck check = tester.check(config("http://127.0.0.1:" + port + "/v1", "sk-any-0123456789"));

        assertEquals(ConnectionCheck.Outcome.UNREACHABLE, check.outcome());
        assertEquals("Cannot reach the server", check.headline());
    }

    @Test
    void anUntrustedCertificateIsATlsProblem() throws Exception {
        try (SelfSignedHttpsServer https = SelfSignedHttpsServer.start(dir)) {
            ConnectionCheck check = tester.check(config(https.baseUrl(), "sk-any-0123456789"));

            assertEquals(ConnectionCheck.Outcome.TLS, check.outcome());
            assertEquals("Secure connection failed (TLS)", check.headline());
        }
    }

    @Test
    void providersWithoutFilesAreExplainedNotContacted() {
        ConnectionCheck check = tester.check(ProviderPreset.VLLM, config(sandbox.baseUrl().toString(), sandbox.apiKey()));

        assertEquals(ConnectionCheck.Outcome.NO_FILES_API, check.outcome());
        assertTrue(check.detail().contains("no /files endpoint"), check.detail());
        assertTrue(sandbox.requests().all().isEmpty(), "nothing was sent");
    }

    @Test
    void plainHttpToAnotherComputerWarns() {
        assertEquals(1, ConnectionTester.warningsFor(URI.create("http://gateway.example.com:4000/v1")).size());
        assertEquals(1, ConnectionTester.warningsFor(URI.create("http://10.0.0.8/v1")).size());
        assertEquals(0, ConnectionTester.warningsFor(URI.create("http://localhost:4000/v1")).size());
        assertEquals(0, ConnectionTester.warningsFor(URI.create("http://127.0.0.1:4000/v1")).size());
        assertEquals(0, ConnectionTester.warningsFor(URI.create("http://[::1]:4000/v1")).size());
        assertEquals(0, ConnectionTester.warningsFor(URI.create("https://api.openai.com/v1")).size());
    }
}
