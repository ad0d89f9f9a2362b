package dev.filedeck.app;

import dev.filedeck.connection.ConnectionChoice;
import dev.filedeck.connection.ConnectionManager;
import dev.filedeck.connection.ConnectionResolver;
import dev.filedeck.connection.KeyVault;
import dev.filedeck.connection.OpenConnection;
import dev.filedeck.connection.ProfileStore;
import dev.filedeck.connection.SecretStoreException;
import dev.filedeck.connection.StartupOptions;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Opening the first connection: reading the saved connections, choosing one, starting the Local
 * sandbox or reading a key. It runs on its own thread from the moment {@code main} starts, so that
 * it overlaps JavaFX's own start-up and the first frame instead of delaying them.
 */
final class StartupWork {

    private static final System.Logger LOG = System.getLogger(StartupWork.class.getName());
    private static volatile CompletableFuture<Opened> early;

    /**
     * What start-up opened.
     *
     * @param awaitingKey a saved connection that needs its key typed: the window opens on the sandbox, then asks
     */
    record Opened(ConnectionManager connections, OpenConnection connection, ConnectionChoice.Saved awaitingKey) {
    }

    private StartupWork() {
    }

    /** Starts the work before JavaFX does; the app picks it up with {@link #takeEarly()}. */
    static void beginEarly(List<String> args, Supplier<ConnectionChoice> forced) {
        early = begin(args, forced);
    }

    /** The work {@code main} started, once; empty when the app was started another way (tests). */
    static Optional<CompletableFuture<Opened>> takeEarly() {
        CompletableFuture<Opened> taken = early;
        early = null;
        return Optional.ofNullable(taken);
    }

    /** Starts the work on a thread of its own. */
    static CompletableFuture<Opened> begin(List<String> args, Supplier<ConnectionChoice> forced) {
        CompletableFuture<Opened> result = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                result.complete(open(args, forced == null ? null : forced.get()));
            } catch (RuntimeException | Error e) {
                LOG.log(Level.ERROR, "Cannot open the connection", e);
                result.completeExceptionally(e);
            }
        }, "filedeck-open-connection");
        worker.setDaemon(true);
        worker.start();
        return result;
    }

    private static Opened open(List<String> args, ConnectionChoice forced) {
        Map<String, String> env = System.getenv();
        String sandboxDir = System.getProperty(ConnectionResolver.SANDBOX_DIR_PROPERTY);
        ConnectionChoice.LocalSandbox sandbox = forced instanceof ConnectionChoice.LocalSandbox local
                ? local : ConnectionResolver.sandbox(env, sandboxDir);
        ConnectionManager connections = new ConnectionManager(ProfileStore.forCurrentUser(), KeyVault.forCurrentUser(),
                ConnectionResolver.environment(env).orElse(null), sandbox);
        try {
            ConnectionChoice choice = forced != null ? forced
                    : ConnectionResolver.resolve(StartupOptions.parse(args), env, sandboxDir, connections.saved());
            try {
                return new Opened(connections, connections.open(choice), null);
            } catch (ConnectionManager.KeyNeeded | SecretStoreException e) {
                // A saved connection that cannot open without the person (key to type, keychain locked) waits on the sandbox.
                LOG.log(Level.INFO, "Opening on the Local sandbox first: " + e.getMessage());
                return new Opened(connections, connections.open(sandbox), (ConnectionChoice.Saved) choice);
            }
        } catch (ConnectionManager.KeyNeeded | SecretStoreException impossible) {
            connections.close();
            throw new IllegalStateException(impossible); // the sandbox needs no key
        } catch (RuntimeException e) {
            connections.close();
            throw e;
        }
    }
}
