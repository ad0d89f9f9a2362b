package dev.filedeck.connection;

import dev.filedeck.api.ApiKey;

import java.util.Optional;

/** Keeps API keys by account (a connection's id). Blocking: never call it on the FX thread. */
public interface SecretStore {

    Optional<ApiKey> read(String account) throws SecretStoreException;

    void write(String account, ApiKey key) throws SecretStoreException;

    /** Forgets the key; nothing happens when there is none. */
    void delete(String account) throws SecretStoreException;

    /** Where the keys go, in words, e.g. "the system keychain (GNOME Keyring)". */
    String describe();
}
