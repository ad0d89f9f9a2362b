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
 */
public final class KeychainSecrets implements SecretStore {

    /** The service name entries are filed under; the account is the connection's id. */
    static final String SERVICE = "FileDeck";

    private final Keyring keyring;

    private KeychainSecrets(Keyring keyring) {
        this.keyring = keyring;
    }

    /**
     * The keychain of this system, when there is one that answers. Blocking (it may talk to D-Bus).
     * Empty on a machine without one, such as a server or a CI runner without a Secret Service.
     */
    public static Optional<KeychainSecrets> open() {
        try {
            return Optional.of(new KeychainSecrets(Keyring.create()));
        } catch (BackendNotSupportedException | RuntimeException | LinkageError e) {
            System.getLogger(KeychainSecrets.class.getName()).log(System.Logger.Level.INFO,
                    "No system keychain is available: " + e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public Optional<ApiKey> read(String account) throws SecretStoreException {
        try {
            String value = keyring.getPassword(SERVICE, account);
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(ApiKey.of(value));
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
            keyring.setPassword(SERVICE, account, key.reveal());
        } catch (PasswordAccessException | RuntimeException e) {
            throw new SecretStoreException("The system keychain did not keep the key: " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String account) throws SecretStoreException {
        try {
            keyring.deletePassword(SERVICE, account);
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
                || message.contains("element not found");
    }

    @Override
    public String describe() {
        return "the system keychain (" + keyring.getKeyringStorageType().toString().toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
    }
}
