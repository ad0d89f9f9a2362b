package dev.filedeck.connection;

import dev.filedeck.api.ApiKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class KeyVaultTest {

    private static final ApiKey KEY = ApiKey.of("sk-test-0123456789abcdefghijklmnopqrstuv");

    @TempDir
    Path dir;

    /** A keychain that keeps entries in memory: stands in for the OS one where the real one is tested (KeychainSecretsIT). */
    private static final class MemoryKeychain implements SecretStore {
        final Map<String, ApiKey> entries = new HashMap<>();

        @Override
        public Optional<ApiKey> read(String account) {
            return Optional.ofNullable(entries.get(account));
        }

        @Override
        public void write(String account, ApiKey key) {
            entries.put(account, key);
        }

        @Override
        public void delete(String account) {
            entries.remove(account);
        }

        @Override
        public String describe() {
            return "memory";
        }
    }

    @Test
    void theKeyFileIsReadableByItsOwnerOnly() throws Exception {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"), "POSIX permissions only");
        OwnerOnlyFileSecrets file = new OwnerOnlyFileSecrets(dir.resolve("keys.json"));
        ConnectionProfile profile = ConnectionProfile.fromPreset("Mine", ProviderPreset.OPENAI, KeyStorage.OWNER_ONLY_FILE);

        new KeyVault(Optional::empty, file).write(profile, KEY);

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("keys.json"))));
        assertEquals(Optional.of(KEY), new KeyVault(Optional::empty, new OwnerOnlyFileSecrets(dir.resolve("keys.json"))).read(profile));
    }

    @Test
    void movingAKeyToAnotherPlaceLeavesNoCopyBehind() throws Exception {
        MemoryKeychain keychain = new MemoryKeychain();
        OwnerOnlyFileSecrets file = new OwnerOnlyFileSecrets(dir.resolve("keys.json"));
        KeyVault vault = new KeyVault(() -> Optional.of(keychain), file);
        ConnectionProfile inFile = ConnectionProfile.fromPreset("Mine", ProviderPreset.OPENAI, KeyStorage.OWNER_ONLY_FILE);
        vault.write(inFile, KEY);

        vault.write(inFile.withKeyStorage(KeyStorage.KEYCHAIN), KEY);

        assertEquals(KEY, keychain.entries.get(inFile.id()));
        assertFalse(Files.readString(dir.resolve("keys.json")).contains(KEY.reveal()));

        vault.write(inFile.withKeyStorage(KeyStorage.ASK_EACH_TIME), KEY);
        assertTrue(keychain.entries.isEmpty());
        assertEquals(Optional.of(KEY), vault.read(inFile.withKeyStorage(KeyStorage.ASK_EACH_TIME)));
        // A new vault is a new session: a key never written down is gone.
        assertEquals(Optional.empty(), new KeyVault(() -> Optional.of(keychain), file).read(inFile.withKeyStorage(KeyStorage.ASK_EACH_TIME)));
    }

    @Test
    void withoutAKeychainTheKeychainChoiceSaysWhatToDoInstead() {
        KeyVault vault = new KeyVault(Optional::empty, new OwnerOnlyFileSecrets(dir.resolve("keys.json")));
        ConnectionProfile profile = ConnectionProfile.fromPreset("Mine", ProviderPreset.OPENAI, KeyStorage.KEYCHAIN);

        SecretStoreException error = assertThrows(SecretStoreException.class, () -> vault.write(profile, KEY));

        assertFalse(vault.keychainAvailable());
        assertTrue(error.getMessage().startsWith("No system keychain is available on this computer."), error.getMessage());
        assertFalse(Files.exists(dir.resolve("keys.json")), "nothing is written elsewhere instead");
    }

    @Test
    void aCorruptKeyFileIsSetAsideAndReported() throws Exception {
        Files.writeString(dir.resolve("keys.json"), "not json");
        OwnerOnlyFileSecrets file = new OwnerOnlyFileSecrets(dir.resolve("keys.json"));

        SecretStoreException error = assertThrows(SecretStoreException.class, () -> file.read("any"));

        assertTrue(error.getMessage().contains("could not be read and were reset"), error.getMessage());
        assertEquals(Optional.empty(), file.read("any"));
    }
}
