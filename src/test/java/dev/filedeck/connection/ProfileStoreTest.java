package dev.filedeck.connection;

import dev.filedeck.api.ApiKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProfileStoreTest {

    private static final String KEY = "sk-proj-Secret0123456789abcdefghijKLMNOP";

    @TempDir
    Path dir;

    @Test
    void profilesRoundTripWithEveryField() throws Exception {
        ProfileStore store = new ProfileStore(dir.resolve("connections.json"));
        ConnectionProfile azure = new ConnectionProfile("id-1", "Azure prod", ProviderPreset.AZURE_OPENAI,
                "https://acme.openai.azure.com/openai", "org-1", "proj-2", null, "2024-10-21", null, null,
                List.of("batch", "fine-tune"), true, KeyStorage.OWNER_ONLY_FILE);
        ConnectionProfile together = ConnectionProfile.fromPreset("Together", ProviderPreset.TOGETHER, KeyStorage.ASK_EACH_TIME);
        SavedConnections saved = SavedConnections.empty().with(azure).with(together).withLastUsed(together.id());

        store.save(saved);
        SavedConnections loaded = new ProfileStore(dir.resolve("connections.json")).load();

        assertEquals(saved, loaded);
        assertTrue(new ProfileStore(dir.resolve("connections.json")).lastProblem().isEmpty());
    }

    @Test
    void aMissingFileMeansNoProfilesAndNoProblem() {
        ProfileStore store = new ProfileStore(dir.resolve("nothing-here.json"));

        assertEquals(SavedConnections.empty(), store.load());
        assertTrue(store.lastProblem().isEmpty());
    }

    @Test
    void aCorruptFileIsKeptAsideAndTheAppStartsWithoutProfiles() throws Exception {
        Path file = dir.resolve("connections.json");
        Files.writeString(file, "{\"version\":1,\"profiles\":[{\"id\":\"x\",\"name\":");
        ProfileStore store = new ProfileStore(file);

        SavedConnections loaded = store.load();

        assertEquals(SavedConnections.empty(), loaded);
        assertFalse(Files.exists(file));
        List<Path> aside;
        try (var files = Files.list(dir)) {
            aside = files.filter(p -> p.getFileName().toString().startsWith("connections.json.corrupt-")).toList();
        }
        assertEquals(1, aside.size());
        assertEquals("{\"version\":1,\"profiles\":[{\"id\":\"x\",\"name\":", Files.readString(aside.get(0)));
        String problem = store.lastProblem().orElseThrow();
        assertTrue(problem.startsWith("The saved connections could not be read and were reset. The old file was kept as "), problem);
        assertTrue(problem.contains(aside.get(0).toString()), problem);
    }

    @Test
    void theKeyNeverReachesTheConnectionsFile() throws Exception {
        Path config = dir.resolve("config");
        ProfileStore store = new ProfileStore(config.resolve("connections.json"));
        KeyVault vault = new KeyVault(java.util.Optional::empty, new OwnerOnlyFileSecrets(config.resolve("keys.json")));
        try (ConnectionManager manager = new ConnectionManager(store, vault, null, ConnectionChoice.LocalSandbox.atDefaultLocation())) {
            for (KeyStorage storage : new KeyStorage[] {KeyStorage.OWNER_ONLY_FILE, KeyStorage.ASK_EACH_TIME}) {
                ConnectionProfile profile = ConnectionProfile.fromPreset("OpenAI " + storage.name(), ProviderPreset.OPENAI, storage);
                manager.save(profile, Optional.of(ApiKey.of(KEY)));
            }
        }

        byte[] bytes = Files.readAllBytes(config.resolve("connections.json"));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("OpenAI OWNER_ONLY_FILE"), text);
        assertFalse(text.contains(KEY), text);
        assertFalse(text.contains("Secret0123456789"), text);
        assertFalse(text.toLowerCase().contains("\"key\"") || text.contains("apiKey"), text);
        // The file kept key is in keys.json only, and the ask-each-time one nowhere on disk.
        String keys = Files.readString(config.resolve("keys.json"));
        assertEquals(1, keys.split(KEY, -1).length - 1, keys.replace(KEY, "<the key>"));
    }
}
