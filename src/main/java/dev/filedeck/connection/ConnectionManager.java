package dev.filedeck.connection;

import dev.filedeck.api.ApiKey;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The app's connections: the saved profiles and their keys, the environment's connection, the
 * Local sandbox, and the connections opened so far. A connection stays open until the app quits,
 * so that transfers started on it finish even after the window switched to another one.
 * Blocking and thread-safe: call it from background tasks.
 */
public final class ConnectionManager implements AutoCloseable {

    /** A saved connection whose key is not kept anywhere (ask each time), or was not found. */
    public static final class KeyNeeded extends Exception {
        private final ConnectionProfile profile;

        public KeyNeeded(ConnectionProfile profile, String reason) {
            super(reason);
            this.profile = profile;
        }

        public ConnectionProfile profile() {
            return profile;
        }
    }

    private final ProfileStore store;
    private final KeyVault vault;
    private final ConnectionChoice.Environment environment;
    private final ConnectionChoice.LocalSandbox sandbox;
    private final Map<String, OpenConnection> opened = new ConcurrentHashMap<>();
    private volatile SavedConnections saved;

    /**
     * @param environment the environment's connection, or null when OPENAI_API_KEY is not set
     * @param sandbox the Local sandbox as this process should run it
     */
    public ConnectionManager(ProfileStore store, KeyVault vault, ConnectionChoice.Environment environment,
                             ConnectionChoice.LocalSandbox sandbox) {
        this.store = Objects.requireNonNull(store, "store");
        this.vault = Objects.requireNonNull(vault, "vault");
        this.environment = environment;
        this.sandbox = Objects.requireNonNull(sandbox, "sandbox");
        this.saved = store.load();
    }

    public KeyVault vault() {
        return vault;
    }

    /** The saved connections as last loaded or saved. */
    public SavedConnections saved() {
        return saved;
    }

    /** What went wrong reading the connections file, if anything (it was set aside). */
    public Optional<String> loadProblem() {
        return store.lastProblem();
    }

    /** Every connection the person can switch to: the Local sandbox, the environment's, then the saved ones. */
    public List<ConnectionChoice> choices() {
        List<ConnectionChoice> all = new ArrayList<>();
        all.add(sandbox);
        if (environment != null) {
            all.add(environment);
        }
        saved.profiles().forEach(profile -> all.add(new ConnectionChoice.Saved(profile)));
        return List.copyOf(all);
    }

    /**
     * Opens a connection, or gives the one opened before when its settings are unchanged.
     *
     * @throws KeyNeeded when a saved connection's key must be asked for
     * @throws SecretStoreException when the keychain or key file cannot be read
     */
    public OpenConnection open(ConnectionChoice choice) throws KeyNeeded, SecretStoreException {
        if (choice instanceof ConnectionChoice.Saved saved) {
            OpenConnection reusable = reusable(saved);
            if (reusable != null) {
                return reusable;
            }
            Optional<ApiKey> key = vault.sessionKey(saved.profile());
            if (key.isEmpty()) {
                key = vault.read(saved.profile());
            }
            if (key.isEmpty()) {
                throw new KeyNeeded(saved.profile(), saved.profile().keyStorage() == KeyStorage.ASK_EACH_TIME
                        ? "Enter the API key for " + saved.profile().name() + "."
                        : "No API key is stored for " + saved.profile().name() + ". Enter it to connect.");
            }
            return remember(OpenConnection.open(saved, key.get()));
        }
        OpenConnection existing = opened.get(choice.id());
        if (existing != null) {
            return existing;
        }
        synchronized (this) {
            existing = opened.get(choice.id());
            return existing != null ? existing : remember(OpenConnection.open(choice));
        }
    }

    /** Opens a saved connection with a key typed at a prompt; the key is remembered until the app quits. */
    public OpenConnection open(ConnectionChoice.Saved saved, ApiKey typed) {
        vault.rememberForSession(saved.profile(), typed);
        return remember(OpenConnection.open(saved, typed));
    }

    /** Takes a connection opened elsewhere (a sandbox a test started) as this choice's open connection. */
    public OpenConnection adopt(OpenConnection connection) {
        return remember(connection);
    }

    private OpenConnection reusable(ConnectionChoice.Saved saved) {
        OpenConnection existing = opened.get(saved.id());
        return existing != null && existing.choice().equals(saved) ? existing : null;
    }

    private OpenConnection remember(OpenConnection connection) {
        OpenConnection previous = opened.put(connection.choice().id(), connection);
        if (previous != null && previous != connection && !previous.isLocalSandbox()) {
            previous.close(); // nothing to stop for a remote connection; running transfers keep their client
        }
        return connection;
    }

    /**
     * Saves a profile (new or changed) and, when given, its key where the profile says.
     *
     * @throws IllegalArgumentException when the name is empty or taken by another profile
     */
    public synchronized SavedConnections save(ConnectionProfile profile, Optional<ApiKey> key)
            throws IOException, SecretStoreException {
        if (profile.name().isEmpty()) {
            throw new IllegalArgumentException("Give the connection a name.");
        }
        saved.byName(profile.name()).filter(other -> !other.id().equals(profile.id())).ifPresent(other -> {
            throw new IllegalArgumentException("Another connection is already named " + other.name() + ".");
        });
        if (key.isPresent()) {
            vault.write(profile, key.get());
        } else {
            Optional<ConnectionProfile> before = saved.byId(profile.id());
            if (before.isPresent() && before.get().keyStorage() != profile.keyStorage()) {
                moveKey(before.get(), profile);
            }
        }
        SavedConnections updated = saved.with(profile);
        store.save(updated);
        saved = updated;
        return updated;
    }

    /** The storage changed and no new key was typed: the old key moves to the new place. */
    private void moveKey(ConnectionProfile before, ConnectionProfile after) throws SecretStoreException {
        Optional<ApiKey> old = vault.sessionKey(before);
        if (old.isEmpty() && before.keyStorage() != KeyStorage.ASK_EACH_TIME) {
            old = vault.read(before);
        }
        if (old.isPresent()) {
            vault.write(after, old.get());
        }
    }

    /** Forgets a profile and its key. */
    public synchronized SavedConnections delete(ConnectionProfile profile) throws IOException, SecretStoreException {
        SavedConnections updated = saved.without(profile.id());
        store.save(updated);
        saved = updated;
        vault.delete(profile);
        return updated;
    }

    /** Remembers which connection is open, for the next start. */
    public synchronized void markUsed(ConnectionChoice choice) throws IOException {
        if (choice instanceof ConnectionChoice.Environment || Objects.equals(saved.lastUsed(), choice.id())) {
            return; // the environment decides itself at every start
        }
        SavedConnections updated = saved.withLastUsed(choice.id());
        store.save(updated);
        saved = updated;
    }

    /** Stops the Local sandbox if it was started. */
    @Override
    public void close() {
        opened.values().forEach(OpenConnection::close);
        opened.clear();
    }
}
