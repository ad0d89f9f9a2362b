package dev.filedeck.connection;

import dev.filedeck.api.ApiException;
import dev.filedeck.api.ApiKey;
import dev.filedeck.api.ClientConfig;
import dev.filedeck.api.FileObject;
import dev.filedeck.api.FilesClient;
import dev.filedeck.api.ListQuery;
import dev.filedeck.api.RetryPolicy;
import dev.filedeck.sandbox.SandboxConfig;
import dev.filedeck.sandbox.SandboxServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenConnectionTest {

    @TempDir
    Path dataDir;

    @Test
    void theLocalSandboxStartsSeededAndStopsOnClose() throws Exception {
        URI baseUrl;
        try (OpenConnection connection = OpenConnection.open(new ConnectionChoice.LocalSandbox(dataDir))) {
            baseUrl = connection.summary().baseUrl();
            assertEquals("Local sandbox", connection.summary().label());
            assertTrue(baseUrl.toString().matches("http://127\\.0\\.0\\.1:\\d+/v1"), baseUrl.toString());
            List<FileObject> files = connection.client().listAll(ListQuery.firstPage(100)).toList();
            assertEquals(4, files.size());
        }

        // Closed: the data directory is free for another server, and the old address answers no more.
        try (SandboxServer again = SandboxServer.start(SandboxConfig.forTests(dataDir))) {
            assertEquals(4, new FilesClient(ClientConfig.of(again.baseUrl().toString(), ApiKey.of(again.apiKey())))
                    .listAll(ListQuery.firstPage(100)).count());
            if (again.port() != baseUrl.getPort()) {
                ClientConfig old = ClientConfig.of(baseUrl.toString(), ApiKey.of(again.apiKey()))
                        .withRetryPolicy(RetryPolicy.never());
                ApiException error = assertThrows(ApiException.class,
                        () -> new FilesClient(old).list(ListQuery.firstPage(1)));
                assertEquals(ApiException.Kind.CONNECTION, error.kind());
            }
        }
    }

    @Test
    void anEnvironmentConnectionUsesItsConfigurationAsItIs() {
        ClientConfig config = ClientConfig.of("https://api.example.test/v1", ApiKey.of("sk-example-key-0123456789"));

        try (OpenConnection connection = OpenConnection.open(new ConnectionChoice.Environment(config, ProviderPreset.CUSTOM))) {
            assertSame(config, connection.client().config());
            assertEquals("Environment — https://api.example.test/v1", connection.summary().describe());
        }
    }
}
