package dev.filedeck.connection;

import dev.filedeck.api.ApiKey;
import dev.filedeck.api.ClientConfig;
import dev.filedeck.api.FilesClient;
import dev.filedeck.sandbox.SandboxConfig;
import dev.filedeck.sandbox.SandboxServer;
import dev.filedeck.settings.Capabilities;
import dev.filedeck.settings.ConnectionSummary;

import java.io.IOException;
import java.util.Objects;

/**
 * A connection ready for use: what was chosen, its client, what to tell the user about it, what its
 * server accepts, and the Local sandbox server behind it when there is one (stopped on close).
 */
public final class OpenConnection implements AutoCloseable {

    private final ConnectionChoice choice;
    private final FilesClient client;
    private final ConnectionSummary summary;
    private final Capabilities capabilities;
    private final SandboxServer sandbox;

    private OpenConnection(ConnectionChoice choice, FilesClient client, Capabilities capabilities, SandboxServer sandbox) {
        this.choice = choice;
        this.client = client;
        this.summary = new ConnectionSummary(choice.label(), client.config().baseUrl());
        this.capabilities = capabilities;
        this.sandbox = sandbox;
    }

    /**
     * Opens the Local sandbox (starting its server) or the environment's provider. Never call it on
     * the FX thread: the sandbox means disk and socket work.
     *
     * @throws IllegalArgumentException for a saved connection: open those with their key, {@link #open(ConnectionChoice.Saved, ApiKey)}
     */
    public static OpenConnection open(ConnectionChoice choice) {
        if (choice instanceof ConnectionChoice.Environment environment) {
            return new OpenConnection(choice, new FilesClient(environment.config()),
                    environment.preset().capabilities(), null);
        }
        if (choice instanceof ConnectionChoice.Saved) {
            throw new IllegalArgumentException("A saved connection opens with its key");
        }
        ConnectionChoice.LocalSandbox local = (ConnectionChoice.LocalSandbox) choice;
        SandboxConfig config = local.customDataDir().map(SandboxConfig.defaults()::withDataDir).orElseGet(SandboxConfig::defaults);
        SandboxServer server = startSandbox(config);
        try {
            return onRunningSandbox(server, local);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /**
     * A saved connection with its key. No I/O: the first request goes out when the files are listed.
     *
     * @throws IllegalArgumentException when the profile's base URL is not usable
     */
    public static OpenConnection open(ConnectionChoice.Saved saved, ApiKey key) {
        ConnectionProfile profile = saved.profile();
        if (!profile.preset().hasFilesApi()) {
            throw new IllegalArgumentException(profile.preset().notes());
        }
        ClientConfig config = profile.clientConfig(Objects.requireNonNull(key, "key"));
        return new OpenConnection(saved, new FilesClient(config), profile.capabilities(), null);
    }

    /** A sandbox server started elsewhere (tests, tools), as a connection; closing it stops the server. */
    public static OpenConnection onRunningSandbox(SandboxServer server, ConnectionChoice.LocalSandbox choice) {
        ClientConfig clientConfig = ClientConfig.of(server.baseUrl().toString(), ApiKey.of(server.apiKey()));
        return new OpenConnection(choice, new FilesClient(clientConfig), Capabilities.openAi(), server);
    }

    private static SandboxServer startSandbox(SandboxConfig config) {
        try {
            return SandboxServer.start(config);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The Local sandbox could not start (data folder " + config.dataDir() + "): "
                    + e.getMessage(), e);
        }
    }

    public ConnectionChoice choice() {
        return choice;
    }

    public FilesClient client() {
        return client;
    }

    public ConnectionSummary summary() {
        return summary;
    }

    public Capabilities capabilities() {
        return capabilities;
    }

    /** Whether this is the Local sandbox (the app suggests adding a real connection). */
    public boolean isLocalSandbox() {
        return sandbox != null;
    }

    /** Stops the Local sandbox, if this connection started one. */
    @Override
    public void close() {
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
