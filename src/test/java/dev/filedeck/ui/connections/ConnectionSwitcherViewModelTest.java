package dev.filedeck.ui.connections;

import dev.filedeck.api.ApiKey;
import dev.filedeck.connection.ConnectionChoice;
import dev.filedeck.connection.ConnectionManager;
import dev.filedeck.connection.ConnectionProfile;
import dev.filedeck.connection.KeyStorage;
import dev.filedeck.connection.KeyVault;
import dev.filedeck.connection.OpenConnection;
import dev.filedeck.connection.OwnerOnlyFileSecrets;
import dev.filedeck.connection.ProfileStore;
import dev.filedeck.connection.ProviderPreset;
import dev.filedeck.sandbox.SandboxConfig;
import dev.filedeck.sandbox.SandboxServer;
import dev.filedeck.ui.dialog.QuietDialogs;
import dev.filedeck.ui.task.ImmediateBackgroundTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The connection switcher without a window: real connections, a scripted person at the prompts. */
class ConnectionSwitcherViewModelTest {

    @TempDir
    Path dir;

    private SandboxServer server;
    private ConnectionManager connections;
    private ConnectionSwitcherViewModel switcher;
    private final List<String> asked = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private String answer;

    /** Answers the key prompt with {@link #answer} (null: cancel) and records errors. */
    private final class ScriptedPerson extends QuietDialogs {
        @Override
        public Optional<String> askSecret(String title, String header, String details) {
            asked.add(header);
            return Optional.ofNullable(answer);
        }

        @Override
        public void showError(String title, String header, String details) {
            errors.add(header + ": " + details);
        }
    }

    @BeforeEach
    void start() throws Exception {
        server = SandboxServer.start(SandboxConfig.forTests(dir.resolve("sandbox")));
        ConnectionChoice.LocalSandbox sandbox = new ConnectionChoice.LocalSandbox(dir.resolve("sandbox"));
        connections = new ConnectionManager(new ProfileStore(dir.resolve("connections.json")),
                new KeyVault(Optional::empty, new OwnerOnlyFileSecrets(dir.resolve("keys.json"))), null, sandbox);
        OpenConnection initial = connections.adopt(OpenConnection.onRunningSandbox(server, sandbox));
        switcher = new ConnectionSwitcherViewModel(connections, initial, new ImmediateBackgroundTasks(), new ScriptedPerson());
    }

    @AfterEach
    void stop() {
        connections.close();
        server.close();
    }

    private ConnectionProfile saved(String name, KeyStorage storage, String key) throws Exception {
        ConnectionProfile profile = new ConnectionProfile(java.util.UUID.randomUUID().toString(), name, ProviderPreset.CUSTOM,
                server.baseUrl().toString(), null, null, null, null, null, null, null, true, storage);
        connections.save(profile, Optional.ofNullable(key).map(ApiKey::of));
        switcher.reloadChoices();
        return profile;
    }

    @Test
    void theBannerShowsOnTheSandboxUntilAConnectionIsSaved() throws Exception {
        assertTrue(switcher.sandboxBannerBinding().get());

        saved("Gateway", KeyStorage.OWNER_ONLY_FILE, server.apiKey());

        assertFalse(switcher.sandboxBannerBinding().get());
        assertEquals(List.of("Local sandbox", "Gateway"), switcher.choices().stream().map(ConnectionChoice::label).toList());
    }

    @Test
    void aCancelledKeyPromptLeavesTheWindowWhereItWas() throws Exception {
        ConnectionProfile asking = saved("Asks", KeyStorage.ASK_EACH_TIME, null);

        switcher.switchTo(new ConnectionChoice.Saved(asking));

        assertEquals(List.of("API key for Asks"), asked);
        assertTrue(switcher.current().isLocalSandbox());
        assertFalse(switcher.switchingProperty().get());
        assertEquals(List.of(), errors);
    }

    @Test
    void editingTheShownConnectionReopensItAndDeletingItGoesBackToTheSandbox() throws Exception {
        ConnectionProfile profile = saved("Gateway", KeyStorage.OWNER_ONLY_FILE, server.apiKey());
        switcher.switchTo(new ConnectionChoice.Saved(profile));
        assertEquals("Gateway", switcher.current().summary().label());

        connections.save(profile.withName("Gateway (renamed)"), Optional.empty());
        switcher.reloadChoices();
        assertEquals("Gateway (renamed)", switcher.current().summary().label());
        assertEquals(profile.id(), connections.saved().lastUsed());

        connections.delete(connections.saved().byId(profile.id()).orElseThrow());
        switcher.reloadChoices();
        assertTrue(switcher.current().isLocalSandbox());
    }

    @Test
    void switchingWaitsWhileADeleteRuns() throws Exception {
        ConnectionProfile profile = saved("Gateway", KeyStorage.OWNER_ONLY_FILE, server.apiKey());
        switcher.allowedProperty().set(false);

        switcher.switchTo(new ConnectionChoice.Saved(profile));

        assertTrue(switcher.current().isLocalSandbox());
    }

    @Test
    void aWrongBaseUrlIsReportedAndTheWindowStays() throws Exception {
        ConnectionProfile broken = new ConnectionProfile("broken", "Broken", ProviderPreset.CUSTOM, "not a url", null, null, null,
                null, null, null, null, true, KeyStorage.OWNER_ONLY_FILE);
        connections.vault().write(broken, ApiKey.of("sk-anything-0123456789"));

        switcher.switchTo(new ConnectionChoice.Saved(broken));

        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith("Could not open the connection: Not a URL: not a url"), errors.get(0));
        assertTrue(switcher.current().isLocalSandbox());
    }
}
