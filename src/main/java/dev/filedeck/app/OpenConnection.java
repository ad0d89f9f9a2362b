package dev.filedeck.app;

import dev.filedeck.api.ApiKey;
import dev.filedeck.api.ClientConfig;
import dev.filedeck.api.FilesClient;
import dev.filedeck.sandbox.SandboxConfig;
import dev.filedeck.sandbox.SandboxServer;
import dev.filedeck.settings.ConnectionChoice;
import dev.filedeck.settings.ConnectionSummary;

import java.io.IOException;

/**
 * A connection ready for use: its client, what to tell the user about it, and the Local sandbox
 * server behind it when there is one (closed with the connection).
 */
public final class OpenConnection implements AutoCloseable {

    private final FilesClient client;
    private final ConnectionSummary summary;
    private final SandboxServer sandbox;

    private OpenConnection(FilesClient client, ConnectionSummary summary, SandboxServer sandbox) {
        this.client = client;
        this.summary = summary;
        this.sandbox = sandbox;
    }

    /** Opens a choice; for the Local sandbox this starts its server, so never call it on the FX thread. */
    public static OpenConnection open(ConnectionChoice choice) {
        if (choice instanceof ConnectionChoice.Environment environment) {
            ClientConfig config = environment.config();
            return new OpenConnection(new FilesClient(config), new ConnectionSummary(choice.label(), config.baseUrl()), null);
        }
        ConnectionChoice.LocalSandbox local = (ConnectionChoice.LocalSandbox) choice;
        SandboxConfig config = local.customDataDir().map(SandboxConfig.defaults()::withDataDir).orElseGet(SandboxConfig::defaults);
        SandboxServer server = startSandbox(config);
        try {
            ClientConfig clientConfig = ClientConfig.of(server.baseUrl().toString(), ApiKey.of(server.apiKey()));
            return new OpenConnection(new FilesClient(clientConfig), new ConnectionSummary(choice.label(), clientConfig.baseUrl()), server);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private static SandboxServer startSandbox(SandboxConfig config) {
        try {
            return SandboxServer.start(config);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The Local sandbox could not start (data folder " + config.dataDir() + "): "
                    + e.getMessage(), e);
        }
    }

    public FilesClient client() {
        return client;
    }

    public ConnectionSummary summary() {
        return summary;
    }

    /** Stops the Local sandbox, if this connection started one. */
    @Override
    public void close() {
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
