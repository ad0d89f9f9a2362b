package dev.filedeck.connection;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import dev.filedeck.api.ApiKey;

import java.util.Locale;
import java.util.Optional;

/**
 * Keys in the operating system's keychain, through java-keyring: the Secret Service on Linux
 * (GNOME Keyring, KWallet), the Keychain on macOS, the Credential Manager on Windows.
 *
 * <p>Each operation opens the keychain and closes it again: the Secret Service back end keeps a
 * D-Bus connection with threads that would otherwise keep the JVM alive after the window closed.
 * Keys are read rarely (when a connection opens), so the round trip does not matter.
 */
public final class KeychainSecrets implements SecretStore {

    /** The service name entries are filed under; the account is the connection's id. */
    static final String SERVICE = "FileDeck";

    private final String kind;

    private KeychainSecrets(String kind) {
        this.kind = kind;
    }

    /** One keychain operation, on a connection opened for it. */
    private interface Operation<T> {
        T run(Keyring keyring) throws PasswordAccessException;
    }

    private static <T> T withKeyring(Operation<T> operation) throws PasswordAccessException, BackendNotSupportedException {
        try (Keyring keyring = Keyring.create()) {
            return operation.run(keyring);
        } catch (PasswordAccessException | BackendNotSupportedException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * The keychain of this system, when there is one that answers. Blocking (it may talk to D-Bus).
     * Empty on a machine without one, such as a server or a CI runner without a Secret Service.
     */
    public static Optional<KeychainSecrets> open() {
        try {
            String kind = withKeyring(keyring -> keyring.getKeyringStorageType().toString());
            return Optional.of(new KeychainSecrets(kind.toLowerCase(Locale.ROOT).replace('_', ' ')));
        } catch (BackendNotSupportedException | PasswordAccessException | RuntimeException | LinkageError e) {
            System.getLogger(KeychainSecrets.class.getName()).log(System.Logger.Level.INFO,
                    "No system keychain is available: " + e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public Optional<ApiKey> read(String account) throws SecretStoreException {
        try {
            String value = withKeyring(keyring -> keyring.getPassword(SERVICE, account));
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(ApiKey.of(value));
        } catch (BackendNotSupportedException e) {
            throw new SecretStoreException("The system keychain is gone: " + e.getMessage(), e);
        } catch (PasswordAccessException e) {
            if (isMissing(e)) {
                return Optional.empty();
            }
            throw new SecretStoreException("The system keychain did not give the key: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new SecretStoreException("The system keychain failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void write(String account, ApiKey key) throws SecretStoreException {
        try {
            withKeyring(keyring -> {
                keyring.setPassword(SERVICE, account, key.reveal());
                return null;
            });
        } catch (PasswordAccessException | BackendNotSupportedException | RuntimeException e) {
            throw new SecretStoreException("The system keychain did not keep the key: " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String account) throws SecretStoreException {
        try {
            withKeyring(keyring -> {
                keyring.deletePassword(SERVICE, account);
                return null;
            });
        } catch (BackendNotSupportedException e) {
            throw new SecretStoreException("The system keychain is gone: " + e.getMessage(), e);
        } catch (PasswordAccessException e) {
            if (!isMissing(e)) {
                throw new SecretStoreException("The system keychain did not forget the key: " + e.getMessage(), e);
            }
        } catch (RuntimeException e) {
            throw new SecretStoreException("The system keychain failed: " + e.getMessage(), e);
        }
    }

    /** The backends report a missing entry as an error, each in its own words. */
    private static boolean isMissing(PasswordAccessException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("not found") || message.contains("no password") || message.contains("could not be found")
                || message.contains("no stored credentials");
    }

    @Override
    public String describe() {
        return "the system keychain (" + kind + ")";
    }
}
