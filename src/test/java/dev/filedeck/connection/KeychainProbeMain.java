package dev.filedeck.connection;

import dev.filedeck.api.ApiKey;

import java.util.Optional;

/**
 * Run by {@link KeychainSecretsIT} inside a private D-Bus session with GNOME Keyring: keeps a key in the
 * real Secret Service through FileDeck's vault, reads it back, forgets it, and prints what happened.
 * The key comes by environment, never on the command line.
 */
public final class KeychainProbeMain {

    private KeychainProbeMain() {
    }

    public static void main(String[] args) throws Exception {
        ApiKey key = ApiKey.of(System.getenv("PROBE_KEY"));
        Optional<KeychainSecrets> keychain = KeychainSecrets.open();
        if (keychain.isEmpty()) {
            System.out.println("keychain: none");
            return;
        }
        System.out.println("keychain: " + keychain.get().describe());
        KeyVault vault = new KeyVault(() -> keychain, new OwnerOnlyFileSecrets(java.nio.file.Path.of(args[0])));
        ConnectionProfile profile = ConnectionProfile.fromPreset("Probe", ProviderPreset.OPENAI, KeyStorage.KEYCHAIN);
        vault.write(profile, key);
        // A second process-like lookup: a new vault over a new keychain connection.
        Optional<ApiKey> read = new KeyVault(KeychainSecrets::open, new OwnerOnlyFileSecrets(java.nio.file.Path.of(args[0])))
                .read(profile);
        System.out.println("read back: " + (read.isPresent() && read.get().equals(key)));
        vault.delete(profile);
        System.out.println("after delete: " + vault.read(profile).isPresent());
    }
}
