package dev.filedeck.connection;

import dev.filedeck.api.ApiKey;
import dev.filedeck.api.FileObject;
import dev.filedeck.api.FilePage;
import dev.filedeck.api.FilesClient;
import dev.filedeck.api.ListQuery;
import dev.filedeck.api.PagingMode;
import dev.filedeck.api.UploadRequest;
import dev.filedeck.sandbox.Dialect;
import dev.filedeck.sandbox.RecordedRequest;
import dev.filedeck.sandbox.SandboxConfig;
import dev.filedeck.sandbox.SandboxServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Saved connections opened for real against sandboxes that answer as each provider does. */
class ConnectionManagerTest {

    @TempDir
    Path dir;

    private SandboxServer server;
    private ConnectionManager manager;

    @BeforeEach
    void start() throws Exception {
        server = SandboxServer.start(SandboxConfig.forTests(dir.resolve("sandbox")));
        manager = newManager();
    }

    private ConnectionManager newManager() {
        Path config = dir.resolve("config");
        return new ConnectionManager(new ProfileStore(config.resolve("connections.json")),
                new KeyVault(Optional::empty, new OwnerOnlyFileSecrets(config.resolve("keys.json"))), null,
                new ConnectionChoice.LocalSandbox(dir.resolve("local")));
    }

    @AfterEach
    void stop() {
        manager.close();
        server.close();
    }

    private ConnectionProfile profileFor(Dialect dialect, ProviderPreset preset, KeyStorage storage) {
        ConnectionProfile fresh = ConnectionProfile.fromPreset(preset.label() + " test", preset, storage);
        return new ConnectionProfile(fresh.id(), fresh.name(), preset, server.baseUrl(dialect).toString(), null, null,
                preset.authStyle(), preset.defaultApiVersion(), preset.pagingMode(), preset.uploadStrategy(), preset.purposes(),
                preset.expiresAfter(), storage);
    }

    @Test
    void aSavedConnectionOpensWithItsStoredKeyAfterARestart() throws Exception {
        ConnectionProfile profile = profileFor(Dialect.OPENAI, ProviderPreset.CUSTOM, KeyStorage.OWNER_ONLY_FILE);
        manager.save(profile, Optional.of(ApiKey.of(server.apiKey())));
        manager.markUsed(new ConnectionChoice.Saved(profile));
        manager.close();

        manager = newManager();
        OpenConnection opened = manager.open(new ConnectionChoice.Saved(manager.saved().byId(profile.id()).orElseThrow()));

        assertEquals(profile.id(), manager.saved().lastUsed());
        assertEquals("Custom (OpenAI-compatible) test", opened.summary().label());
        assertEquals(0, opened.client().list(ListQuery.firstPage(10)).files().size());
        assertSame(opened, manager.open(new ConnectionChoice.Saved(profile)), "opened once, then reused");
    }

    @Test
    void aKeyAskedForEachTimeIsAskedForOnceASession() throws Exception {
        ConnectionProfile profile = profileFor(Dialect.OPENAI, ProviderPreset.CUSTOM, KeyStorage.ASK_EACH_TIME);
        manager.save(profile, Optional.empty());
        ConnectionChoice.Saved choice = new ConnectionChoice.Saved(profile);

        ConnectionManager.KeyNeeded needed = assertThrows(ConnectionManager.KeyNeeded.class, () -> manager.open(choice));
        assertEquals("Enter the API key for Custom (OpenAI-compatible) test.", needed.getMessage());

        OpenConnection opened = manager.open(choice, ApiKey.of(server.apiKey()));
        opened.client().list(ListQuery.firstPage(1));
        assertSame(opened, manager.open(choice));
        assertTrue(Files.notExists(dir.resolve("config").resolve("keys.json")), "the key was never written");
    }

    @Test
    void namesAreUniqueAndRenamingKeepsTheKey() throws Exception {
        ConnectionProfile first = profileFor(Dialect.OPENAI, ProviderPreset.CUSTOM, KeyStorage.OWNER_ONLY_FILE);
        manager.save(first, Optional.of(ApiKey.of(server.apiKey())));
        ConnectionProfile second = ConnectionProfile.fromPreset("custom (openai-compatible) TEST", ProviderPreset.OPENAI,
                KeyStorage.OWNER_ONLY_FILE);

        IllegalArgumentException taken = assertThrows(IllegalArgumentException.class, () -> manager.save(second, Optional.empty()));
        assertEquals("Another connection is already named Custom (OpenAI-compatible) test.", taken.getMessage());

        manager.save(first.withName("Renamed"), Optional.empty());
        OpenConnection opened = manager.open(new ConnectionChoice.Saved(manager.saved().byName("renamed").orElseThrow()));
        assertEquals("Renamed", opened.summary().label());
        opened.client().list(ListQuery.firstPage(1));
    }

    @Test
    void deletingAConnectionForgetsItsKey() throws Exception {
        ConnectionProfile profile = profileFor(Dialect.OPENAI, ProviderPreset.CUSTOM, KeyStorage.OWNER_ONLY_FILE);
        manager.save(profile, Optional.of(ApiKey.of(server.apiKey())));
        manager.markUsed(new ConnectionChoice.Saved(profile));

        manager.delete(profile);

        assertTrue(manager.saved().profiles().isEmpty());
        assertNull(manager.saved().lastUsed());
        assertEquals(Optional.empty(), manager.vault().read(profile));
        assertTrue(!Files.readString(dir.resolve("config").resolve("keys.json")).contains(server.apiKey()));
    }

    @Test
    void aMistralConnectionPagesByPageNumber() throws Exception {
        server.setDialect(Dialect.MISTRAL);
        FilesClient seeder = new FilesClient(profileFor(Dialect.MISTRAL, ProviderPreset.MISTRAL, KeyStorage.OWNER_ONLY_FILE)
                .clientConfig(ApiKey.of(server.apiKey())));
        Path file = Files.writeString(dir.resolve("line.jsonl"), "{\"messages\":[]}\n");
        Set<String> uploaded = new HashSet<>();
        for (int i = 0; i < 120; i++) {
            uploaded.add(seeder.upload(UploadRequest.of(file, "fine-tune")).id());
        }
        ConnectionProfile profile = profileFor(Dialect.MISTRAL, ProviderPreset.MISTRAL, KeyStorage.OWNER_ONLY_FILE);
        manager.save(profile, Optional.of(ApiKey.of(server.apiKey())));
        server.requests().clear();

        FilesClient client = manager.open(new ConnectionChoice.Saved(profile)).client();
        List<String> seen = new ArrayList<>();
        List<FilePage> pages = new ArrayList<>();
        client.pages(ListQuery.firstPage(50)).forEach(page -> {
            pages.add(page);
            page.files().stream().map(FileObject::id).forEach(seen::add);
        });

        assertEquals(PagingMode.PAGE_NUMBER, client.pagingMode());
        assertEquals(3, pages.size());
        assertEquals(120L, pages.get(0).total());
        assertEquals(120, seen.size());
        assertEquals(uploaded, new HashSet<>(seen));
        List<String> queries = server.requests().all().stream().filter(r -> r.method().equals("GET")).map(RecordedRequest::query).toList();
        assertTrue(queries.stream().allMatch(q -> q.contains("page=") && q.contains("page_size=50")), queries.toString());
    }

    @Test
    void aTogetherConnectionUploadsThroughThePresignedUrl() throws Exception {
        server.setDialect(Dialect.TOGETHER);
        ConnectionProfile profile = profileFor(Dialect.TOGETHER, ProviderPreset.TOGETHER, KeyStorage.OWNER_ONLY_FILE);
        manager.save(profile, Optional.of(ApiKey.of(server.apiKey())));
        Path file = Files.writeString(dir.resolve("train.jsonl"), "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}\n");

        FilesClient client = manager.open(new ConnectionChoice.Saved(profile)).client();
        FileObject uploaded = client.upload(UploadRequest.of(file, "fine-tune"));

        assertEquals(Files.size(file), uploaded.bytes());
        assertTrue(server.requests().all().stream().anyMatch(r -> r.method().equals("PUT") && r.header("Authorization") == null));
        assertEquals(List.of(uploaded.id()), client.listAll(ListQuery.firstPage(10)).map(FileObject::id).toList());
    }
}
