package dev.filedeck.ui;

import static dev.filedeck.ui.FxWait.onFx;
import static dev.filedeck.ui.FxWait.text;
import static dev.filedeck.ui.FxWait.waitUntil;

import dev.filedeck.api.ApiKey;
import dev.filedeck.api.ClientConfig;
import dev.filedeck.api.FileObject;
import dev.filedeck.api.FilesClient;
import dev.filedeck.api.ListQuery;
import dev.filedeck.api.UploadRequest;
import dev.filedeck.connection.ConnectionProfile;
import dev.filedeck.connection.KeyStorage;
import dev.filedeck.connection.ProviderPreset;
import dev.filedeck.sandbox.Dialect;
import dev.filedeck.sandbox.Fault;
import dev.filedeck.sandbox.FaultRule;
import dev.filedeck.sandbox.SandboxConfig;
import dev.filedeck.sandbox.SandboxServer;
import dev.filedeck.settings.UiSettings;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
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
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Switching the window between connections, on two real sandboxes. */
@ExtendWith({ApplicationExtension.class, FxThreadFailures.class})
class MainWindowConnectionsTest {

    @TempDir
    static Path dir;
    private MainWindowFixture fixture;
    private SandboxServer other;
    private FilesClient otherClient;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path own = Files.createTempDirectory(dir, "window");
        fixture = new MainWindowFixture(own, true, UiSettings.defaults().withPanels(true, false));
        // The other provider lists everything at once, like ScaleGenAI, and holds two files.
        other = SandboxServer.start(SandboxConfig.forTests(own.resolve("other")).withDialect(Dialect.SCALEGENAI));
        otherClient = new FilesClient(ClientConfig.of(other.baseUrl(Dialect.SCALEGENAI).toString(), ApiKey.of(other.apiKey())));
        Path file = Files.writeString(own.resolve("train.jsonl"), "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}\n");
        otherClient.upload(UploadRequest.of(file, "fine-tune"));
        otherClient.upload(UploadRequest.of(file, "assistants"));
        fixture.show(stage);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.hide()).get();
        WaitForAsyncUtils.waitForFxEvents();
        fixture.close();
        other.close();
    }


    private static TableView<?> table(FxRobot robot) {
        return robot.lookup("#filesTable").queryTableView();
    }


    private ConnectionProfile otherProfile(KeyStorage storage) {
        ConnectionProfile preset = ConnectionProfile.fromPreset("ScaleGenAI staging", ProviderPreset.SCALEGENAI, storage);
        return new ConnectionProfile(preset.id(), preset.name(), preset.preset(), other.baseUrl(Dialect.SCALEGENAI).toString(),
                null, null, null, null, preset.pagingMode(), preset.uploadStrategy(), preset.purposes(), false, storage);
    }

    @Test
    void onTheSandboxWithoutConnectionsABannerSuggestsAddingOne(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 4);
        assertTrue(onFx(() -> robot.lookup("#sandboxBanner").query().isVisible()));

        robot.clickOn("#addConnectionBanner");
        waitUntil(() -> robot.lookup("#connectionName").tryQuery().isPresent());
        assertEquals("OpenAI", onFx(() -> robot.lookup("#connectionName").queryAs(TextInputControl.class).getText()),
                "a new connection, starting from OpenAI");
        robot.clickOn("#closeConnections");
        robot.clickOn("#dismissBanner");
        waitUntil(() -> !robot.lookup("#sandboxBanner").query().isVisible());
    }

    @Test
    void aConnectionThatAsksForItsKeyIsSwitchedToAndBackWhileItsUploadFinishesWhereItStarted(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 4);
        fixture.connections.save(otherProfile(KeyStorage.ASK_EACH_TIME), Optional.empty());
        reloadConnections();

        // An upload to the sandbox that takes a while...
        fixture.server.faults().add(FaultRule.on("POST", "/files", Fault.delay(Duration.ofSeconds(3))));
        Path local = Files.writeString(dir.resolve("slow-requests.jsonl"),
                "{\"custom_id\":\"a\",\"method\":\"POST\",\"url\":\"/v1/embeddings\",\"body\":{\"input\":\"hi\"}}\n");
        dropOnWindow(local);
        waitUntil(() -> robot.lookup("#uploadFiles").tryQuery().isPresent());
        waitUntil(() -> !robot.lookup("#uploadButton").queryButton().isDisabled());
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> fixture.queue.hasActiveTransfers());

        // ...while the window switches to the other provider, asking for its key.
        robot.clickOn("#connectionMenu").clickOn("ScaleGenAI staging");
        waitUntil(() -> robot.lookup("#secretField").tryQuery().isPresent());
        robot.clickOn("#secretField").write(other.apiKey());
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);

        waitUntil(() -> table(robot).getItems().size() == 2);
        assertTrue(text(robot, "#connectionLabel").startsWith("ScaleGenAI staging — http://127.0.0.1:" + other.port()),
                text(robot, "#connectionLabel"));
        assertEquals("FileDeck — ScaleGenAI staging", onFx(stage::getTitle));
        assertFalse(onFx(() -> robot.lookup("#sandboxBanner").query().isVisible()));

        // The upload finishes on the sandbox, where it started.
        waitUntil(() -> !fixture.queue.hasActiveTransfers());
        assertTrue(fixture.client.listAll(ListQuery.firstPage(100)).anyMatch(f -> f.filename().equals("slow-requests.jsonl")));
        assertTrue(otherClient.listAll(ListQuery.firstPage(100)).map(FileObject::filename).noneMatch("slow-requests.jsonl"::equals));
        assertEquals(2, onFx(() -> table(robot).getItems().size()), "the other provider's table is left alone");

        // Back to the sandbox, then to the other one again: the key typed is remembered for the session.
        robot.clickOn("#connectionMenu").clickOn("Local sandbox");
        waitUntil(() -> table(robot).getItems().size() == 5);
        robot.clickOn("#connectionMenu").clickOn("ScaleGenAI staging");
        waitUntil(() -> table(robot).getItems().size() == 2);
        assertTrue(robot.lookup("#secretField").tryQuery().isEmpty(), "not asked twice");
    }

    @Test
    void cancellingTheKeyPromptStaysOnTheCurrentConnection(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 4);
        fixture.connections.save(otherProfile(KeyStorage.ASK_EACH_TIME), Optional.empty());
        reloadConnections();

        robot.clickOn("#connectionMenu").clickOn("ScaleGenAI staging");
        waitUntil(() -> robot.lookup("#secretField").tryQuery().isPresent());
        robot.clickOn("Cancel");

        waitUntil(() -> robot.lookup("#secretField").tryQuery().isEmpty());
        assertEquals(4, onFx(() -> table(robot).getItems().size()));
        assertTrue(text(robot, "#connectionLabel").startsWith("Local sandbox"));
    }

    /** What closing the connections dialog does after it saved a connection. */
    private void reloadConnections() {
        onFx(() -> {
            fixture.window.reloadConnections();
            return null;
        });
    }

    private void dropOnWindow(Path file) {
        Dragboard board = mock(Dragboard.class);
        when(board.hasFiles()).thenReturn(true);
        when(board.getTransferModes()).thenReturn(Set.of(TransferMode.COPY_OR_MOVE));
        when(board.getFiles()).thenReturn(List.of(file.toFile()));
        Node target = onFx(() -> fixture.window.dropTarget());
        fire(DragEvent.DRAG_OVER, board, target);
        fire(DragEvent.DRAG_DROPPED, board, target);
    }

    private static void fire(javafx.event.EventType<DragEvent> type, Dragboard board, Node target) {
        onFx(() -> {
            Bounds screen = target.localToScreen(target.getBoundsInLocal());
            Bounds local = target.getBoundsInLocal();
            Event.fireEvent(target, new DragEvent(target, target, type, board, local.getCenterX(), local.getCenterY(),
                    screen.getCenterX(), screen.getCenterY(), TransferMode.COPY, null, null, null));
            return null;
        });
    }
}
