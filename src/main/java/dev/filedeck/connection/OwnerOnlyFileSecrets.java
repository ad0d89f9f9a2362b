package dev.filedeck.connection;

import dev.filedeck.api.ApiKey;
import dev.filedeck.settings.JsonFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Keys in a JSON file only its owner may read (0600), for systems without a keychain. Weaker than a
 * keychain (anyone who can act as this user can read it), which the UI says where this is chosen.
 */
public final class OwnerOnlyFileSecrets implements SecretStore {

    public static final String FILE_NAME = "keys.json";

    /** The file's content: account → key. */
    record Keys(Map<String, String> keys) {
        Keys {
            keys = keys == null ? Map.of() : Map.copyOf(keys);
        }
    }

    private final JsonFile<Keys> file;

    public OwnerOnlyFileSecrets(Path file) {
        this.file = new JsonFile<>(file, Keys.class, "The stored API keys", true);
    }

    public Path file() {
        return file.path();
    }

    @Override
    public synchronized Optional<ApiKey> read(String account) throws SecretStoreException {
        String value = load().keys().get(account);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(ApiKey.of(value));
    }

    @Override
    public synchronized void write(String account, ApiKey key) throws SecretStoreException {
        Map<String, String> keys = new LinkedHashMap<>(load().keys());
        keys.put(account, key.reveal());
        save(new Keys(keys));
    }

    @Override
    public synchronized void delete(String account) throws SecretStoreException {
        Keys current = load();
        if (current.keys().containsKey(account)) {
            Map<String, String> keys = new LinkedHashMap<>(current.keys());
            keys.remove(account);
            save(new Keys(keys));
        }
    }

    private Keys load() throws SecretStoreException {
        JsonFile.Loaded<Keys> loaded = file.load(() -> new Keys(Map.of()));
        if (loaded.problem().isPresent()) {
            throw new SecretStoreException(loaded.problem().get() + " Enter the keys again.", null);
        }
        return loaded.value();
    }

    private void save(Keys keys) throws SecretStoreException {
        try {
            file.save(keys);
        } catch (IOException e) {
            throw new SecretStoreException("The key could not be written to " + file.path() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return "a file only you can read (" + file.path() + ")";
    }
}
