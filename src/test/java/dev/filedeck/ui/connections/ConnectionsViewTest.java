package dev.filedeck.ui.connections;

import static dev.filedeck.ui.FxWait.onFx;
import static dev.filedeck.ui.FxWait.text;
import static dev.filedeck.ui.FxWait.waitUntil;

import dev.filedeck.connection.ConnectionChoice;
import dev.filedeck.connection.ConnectionManager;
import dev.filedeck.connection.KeyStorage;
import dev.filedeck.connection.KeyVault;
import dev.filedeck.connection.OwnerOnlyFileSecrets;
import dev.filedeck.connection.ProfileStore;
import dev.filedeck.connection.ProviderPreset;
import dev.filedeck.sandbox.SandboxConfig;
import dev.filedeck.sandbox.SandboxServer;
import dev.filedeck.ui.FxThreadFailures;
import dev.filedeck.ui.MainWindow;
import dev.filedeck.ui.dialog.QuietDialogs;
import dev.filedeck.ui.task.FxBackgroundTasks;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The connections dialog, driven as a person would, testing against a real sandbox. */
@ExtendWith({ApplicationExtension.class, FxThreadFailures.class})
class ConnectionsViewTest {

    @TempDir
    static Path dir;

    private SandboxServer server;
    private ConnectionManager connections;
    private FxBackgroundTasks tasks;
    private Stage dialog;
    private Path config;
    private final List<ConnectionChoice> connected = new CopyOnWriteArrayList<>();

    /** Confirms every question: the dialog asks before deleting. */
    private static final class YesDialogs extends QuietDialogs {
        @Override
        public boolean confirm(String title, String header, String details, String confirmLabel) {
            return true;
        }
    }

    @Start
    void start(Stage owner) throws Exception {
        Path own = Files.createTempDirectory(dir, "connections");
        server = SandboxServer.start(SandboxConfig.forTests(own.resolve("sandbox")).withSeedSamples(true));
        config = own.resolve("config");
        connections = new ConnectionManager(new ProfileStore(config.resolve("connections.json")),
                new KeyVault(Optional::empty, new OwnerOnlyFileSecrets(config.resolve("keys.json"))), null,
                new ConnectionChoice.LocalSandbox(own.resolve("local")));
        tasks = new FxBackgroundTasks();
        ConnectionsViewModel model = new ConnectionsViewModel(connections, tasks, new YesDialogs(), connected::add);
        model.open(null, false);
        dialog = ConnectionsWindow.show(null, model);
        dialog.getScene().getStylesheets().add(MainWindow.stylesheet());
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> dialog.hide()).get();
        tasks.close();
        connections.close();
        server.close();
    }



    private static void replaceText(FxRobot robot, String id, String text) {
        robot.clickOn(id);
        onFx(() -> {
            robot.lookup(id).queryAs(TextInputControl.class).clear();
            return null;
        });
        robot.write(text);
    }

    @SuppressWarnings("unchecked")
    private static void choosePreset(FxRobot robot, ProviderPreset preset) {
        onFx(() -> {
            robot.lookup("#presetChoice").queryAs(ComboBox.class).setValue(preset);
            return null;
        });
    }

    @Test
    void aNewConnectionIsTestedWithABadThenAGoodKeySavedWithoutItsKeyAndConnected(FxRobot robot) throws Exception {
        // No keychain in tests: the dialog says so and keeps the key in an owner-only file instead.
        waitUntil(() -> text(robot, "#storageNote").startsWith("No system keychain is available here."));
        assertEquals(KeyStorage.OWNER_ONLY_FILE, onFx(() -> robot.lookup("#keyStorage").queryAs(ComboBox.class).getValue()));
        assertEquals("OpenAI", onFx(() -> robot.lookup("#connectionName").queryAs(TextInputControl.class).getText()));

        choosePreset(robot, ProviderPreset.CUSTOM);
        assertEquals("Custom (OpenAI-compatible)", onFx(() -> robot.lookup("#connectionName").queryAs(TextInputControl.class).getText()),
                "an untouched name follows the provider");
        replaceText(robot, "#connectionName", "Team gateway");
        replaceText(robot, "#baseUrl", server.baseUrl().toString());
        replaceText(robot, "#apiKey", "sk-not-the-right-key-0123456789");
        robot.clickOn("#testConnection");
        waitUntil(() -> text(robot, "#testHeadline").equals("The key was refused (401)"));
        assertFalse(text(robot, "#testDetail").contains("sk-not-the-right-key-0123456789"), "the key is never shown");

        replaceText(robot, "#apiKey", server.apiKey());
        robot.clickOn("#testConnection");
        waitUntil(() -> text(robot, "#testHeadline").equals("Connected"));
        assertEquals("The Files API answered and listed a file. The server pages its list (cursor paging).", text(robot, "#testDetail"));

        robot.clickOn("#saveConnection");
        waitUntil(() -> text(robot, "#testHeadline").equals("Saved"));
        String saved = Files.readString(config.resolve("connections.json"));
        assertTrue(saved.contains("Team gateway"), saved);
        assertFalse(saved.contains(server.apiKey()), "the key is not in the connections file");
        assertEquals(1, onFx(() -> robot.lookup("#profileList").queryAs(ListView.class).getItems().size()));
        assertEquals("", onFx(() -> robot.lookup("#apiKey").queryAs(TextInputControl.class).getText()), "the typed key is forgotten");
        assertEquals("Stored — type a new key to replace it",
                onFx(() -> robot.lookup("#apiKey").queryAs(TextInputControl.class).getPromptText()));

        // The stored key is used for a test without typing it again.
        robot.clickOn("#testConnection");
        waitUntil(() -> text(robot, "#testHeadline").equals("Connected"));

        robot.clickOn("#connect");
        waitUntil(() -> !dialog.isShowing());
        assertEquals(1, connected.size());
        assertEquals("Team gateway", connected.get(0).label());
    }

    @Test
    void aProviderWithoutFilesIsExplainedAndCannotBeSaved(FxRobot robot) throws Exception {
        choosePreset(robot, ProviderPreset.VLLM);

        assertTrue(text(robot, "#presetNotes").contains("no /files endpoint"), text(robot, "#presetNotes"));
        assertEquals("vLLM server has no Files API: FileDeck cannot connect to it.", text(robot, "#formProblem"));
        assertTrue(onFx(() -> robot.lookup("#testConnection").queryButton().isDisabled()));
        assertTrue(onFx(() -> robot.lookup("#saveConnection").queryButton().isDisabled()));
        assertTrue(onFx(() -> robot.lookup("#connect").queryButton().isDisabled()));
    }

    @Test
    void plainHttpToAnotherHostWarnsBeforeAnythingIsSent(FxRobot robot) throws Exception {
        replaceText(robot, "#baseUrl", "http://gateway.example.com:4000/v1");

        waitUntil(() -> text(robot, "#urlWarning").startsWith("This connection uses plain http:// to gateway.example.com"));
        replaceText(robot, "#baseUrl", "https://gateway.example.com/v1");
        waitUntil(() -> text(robot, "#urlWarning").isEmpty() && !robot.lookup("#urlWarning").query().getParent().isVisible());
    }

    @Test
    void theKeyIsMaskedUntilShown(FxRobot robot) throws Exception {
        replaceText(robot, "#apiKey", "sk-secret-value-0123456789");

        assertTrue(onFx(() -> robot.lookup("#apiKey").query().isVisible()));
        assertFalse(onFx(() -> robot.lookup("#apiKeyShown").query().isVisible()));
        robot.clickOn("#showKey");
        assertTrue(onFx(() -> robot.lookup("#apiKeyShown").query().isVisible()));
        assertEquals("sk-secret-value-0123456789", onFx(() -> robot.lookup("#apiKeyShown").queryAs(TextInputControl.class).getText()));
        robot.clickOn("#showKey");
        assertFalse(onFx(() -> robot.lookup("#apiKeyShown").query().isVisible()));
    }
}
