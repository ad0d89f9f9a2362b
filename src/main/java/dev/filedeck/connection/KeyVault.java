package dev.filedeck.connection;

import dev.filedeck.api.ApiKey;
import dev.filedeck.settings.AppDirectories;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Where each connection's key is kept, by its {@link KeyStorage}: the system keychain, an
 * owner-only file, or only in memory until FileDeck quits ("ask each time"). Blocking: the keychain
 * may talk to D-Bus or the OS, so call it from background tasks.
 */
public final class KeyVault {

    private final Supplier<Optional<? extends SecretStore>> keychainOpener;
    private final SecretStore file;
    private final Map<String, ApiKey> session = new ConcurrentHashMap<>();
    private volatile Optional<? extends SecretStore> keychain;

    /**
     * @param keychain opens the system keychain (asked once, when first needed); empty where there is none
     * @param file the owner-only file for systems without a keychain
     */
    public KeyVault(Supplier<Optional<? extends SecretStore>> keychain, SecretStore file) {
        this.keychainOpener = keychain;
        this.file = file;
    }

    /** The vault of this process: the OS keychain, and keys.json beside the connections file. */
    public static KeyVault forCurrentUser() {
        return new KeyVault(KeychainSecrets::open,
                new OwnerOnlyFileSecrets(AppDirectories.configFolder().resolve(OwnerOnlyFileSecrets.FILE_NAME)));
    }

    /** Whether a system keychain answers here. Blocking the first time. */
    public boolean keychainAvailable() {
        return keychain().isPresent();
    }

    /** Where keys of that storage go, in words for the connection dialog. */
    public String describe(KeyStorage storage) {
        return switch (storage) {
            case KEYCHAIN -> keychain().map(SecretStore::describe).orElse("the system keychain (not available here)");
            case OWNER_ONLY_FILE -> file.describe();
            case ASK_EACH_TIME -> "nowhere: FileDeck asks for it when connecting and forgets it when it quits";
        };
    }

    /** The key of a profile; empty when none is kept (ask for it). */
    public Optional<ApiKey> read(ConnectionProfile profile) throws SecretStoreException {
        return switch (profile.keyStorage()) {
            case KEYCHAIN -> keychainOrFail().read(profile.id());
            case OWNER_ONLY_FILE -> file.read(profile.id());
            case ASK_EACH_TIME -> Optional.ofNullable(session.get(profile.id()));
        };
    }

    /**
     * Keeps a profile's key where its storage says, and forgets it everywhere else, so that moving a
     * profile from the file to the keychain leaves no copy behind.
     */
    public void write(ConnectionProfile profile, ApiKey key) throws SecretStoreException {
        switch (profile.keyStorage()) {
            case KEYCHAIN -> keychainOrFail().write(profile.id(), key);
            case OWNER_ONLY_FILE -> file.write(profile.id(), key);
            case ASK_EACH_TIME -> session.put(profile.id(), key);
        }
        forgetExcept(profile, profile.keyStorage());
    }

    /** Remembers a key typed at a prompt until FileDeck quits, whatever the profile's storage. */
    public void rememberForSession(ConnectionProfile profile, ApiKey key) {
        session.put(profile.id(), key);
    }

    /** The key typed at a prompt earlier in this session, if any. */
    public Optional<ApiKey> sessionKey(ConnectionProfile profile) {
        return Optional.ofNullable(session.get(profile.id()));
    }

    /** Forgets a profile's key wherever it may be. */
    public void delete(ConnectionProfile profile) throws SecretStoreException {
        forgetExcept(profile, null);
    }

    private void forgetExcept(ConnectionProfile profile, KeyStorage keep) throws SecretStoreException {
        if (keep != KeyStorage.ASK_EACH_TIME) {
            session.remove(profile.id());
        }
        if (keep != KeyStorage.OWNER_ONLY_FILE) {
            file.delete(profile.id());
        }
        if (keep != KeyStorage.KEYCHAIN && keychain().isPresent()) {
            keychain().get().delete(profile.id());
        }
    }

    private SecretStore keychainOrFail() throws SecretStoreException {
        return keychain().orElseThrow(() -> new SecretStoreException("No system keychain is available on this computer. "
                + "Edit the connection and keep its key in a file only you can read, or have FileDeck ask for it each time.", null));
    }

    private Optional<? extends SecretStore> keychain() {
        Optional<? extends SecretStore> opened = keychain;
        if (opened == null) {
            synchronized (this) {
                if (keychain == null) {
                    keychain = keychainOpener.get();
                }
                opened = keychain;
            }
        }
        return opened;
    }
}
