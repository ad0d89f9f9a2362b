package dev.filedeck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.filedeck.api.FileObject;
import dev.filedeck.api.ListQuery;
import dev.filedeck.api.UploadRequest;
import dev.filedeck.sandbox.Fault;
import dev.filedeck.sandbox.FaultRule;
import dev.filedeck.settings.UiSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The whole main window on a real sandbox: the parts wired together, shortcuts, memory. */
@ExtendWith({ApplicationExtension.class, FxThreadFailures.class})
class MainWindowTest {

    @TempDir
    static Path dir;
    private MainWindowFixture fixture;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path own = Files.createTempDirectory(dir, "window");
        fixture = new MainWindowFixture(own, true, UiSettings.defaults().withPanels(true, false));
        fixture.show(stage);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.hide()).get();
        fixture.close();
        MainWindow.applyTheme(false);
    }

    private static <T> T onFx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> onFx(condition));
    }

    private TableView<?> table(FxRobot robot) {
        return robot.lookup("#filesTable").queryTableView();
    }

    private String text(FxRobot robot, String id) {
        return onFx(() -> robot.lookup(id).queryAs(Labeled.class).getText());
    }

    private long listRequests() {
        return fixture.server.requests().all().stream().filter(r -> r.method().equals("GET") && r.path().endsWith("/files")).count();
    }

    @Test
    void opensWithTheFilesAndTheConnectionInTheStatusBar(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 4);
        assertEquals("FileDeck — Local sandbox", stage.getTitle());
        assertTrue(text(robot, "#connectionLabel").startsWith("Local sandbox — http://127.0.0.1:"));
        assertTrue(text(robot, "#filesLabel").startsWith("4 files loaded"), text(robot, "#filesLabel"));
        assertTrue(onFx(() -> robot.lookup("#toolbarDeleteButton").queryButton().isDisabled()), "nothing selected: nothing to delete");
    }

    @Test
    void f5AndCtrlRListAgain(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 4);
        long before = listRequests();
        robot.press(KeyCode.F5).release(KeyCode.F5);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> listRequests() == before + 1);
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> listRequests() == before + 2);
    }

    @Test
    void aFileDroppedOnTheWindowIsUploadedAndShownSelected(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 4);
        Path local = Files.writeString(dir.resolve("dropped-requests.jsonl"),
                "{\"custom_id\":\"a\",\"method\":\"POST\",\"url\":\"/v1/embeddings\",\"body\":{\"input\":\"hi\"}}\n");
        Dragboard board = mock(Dragboard.class);
        when(board.hasFiles()).thenReturn(true);
        when(board.getTransferModes()).thenReturn(Set.of(TransferMode.COPY_OR_MOVE));
        when(board.getFiles()).thenReturn(List.of(local.toFile()));
        Node target = onFx(() -> fixture.window.dropTarget());
        fire(DragEvent.DRAG_OVER, board, target);
        fire(DragEvent.DRAG_DROPPED, board, target);

        waitUntil(() -> robot.lookup("#uploadFiles").tryQuery().isPresent());
        waitUntil(() -> !robot.lookup("#uploadButton").queryButton().isDisabled()); // the content check passed
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);

        waitUntil(() -> table(robot).getItems().size() == 5);
        waitUntil(() -> fixture.window.files().selectedFiles().size() == 1
                && fixture.window.files().selectedFiles().get(0).filename().equals("dropped-requests.jsonl"));
        FileObject stored = fixture.client.list(ListQuery.firstPage(10)).files().get(0);
        assertEquals("dropped-requests.jsonl", stored.filename());
        assertEquals("batch", stored.purpose(), "suggested from the name");
        assertTrue(onFx(() -> robot.lookup("#transfersToggle").queryAs(javafx.scene.control.ToggleButton.class).isSelected()),
                "the transfer queue opened itself");
    }

    @Test
    void deleteKeyAsksThenDeletesTheSelectedFile(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 4);
        robot.clickOn("diagram.png");
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        String header = onFx(() -> ((javafx.scene.control.DialogPane) robot.lookup(".dialog-pane").query()).getHeaderText());
        assertTrue(header.contains("Delete"), header);
        robot.clickOn((Node node) -> node instanceof Button button && button.getText().startsWith("Delete") && button.getScene() != stage.getScene());
        waitUntil(() -> table(robot).getItems().size() == 3);
        assertTrue(fixture.client.listAll(ListQuery.firstPage(100)).noneMatch(f -> f.filename().equals("diagram.png")));
        assertEquals(3, fixture.client.listAll(ListQuery.firstPage(100)).count());
    }

    @Test
    void closingWhileATransferRunsAsksFirst(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 4);
        fixture.server.faults().add(FaultRule.on("POST", "/files", Fault.delay(Duration.ofSeconds(20))));
        Path local = Files.writeString(dir.resolve("slow.jsonl"), "{}\n");
        onFx(() -> {
            fixture.queue.enqueueUpload(fixture.client, UploadRequest.of(local, "batch"));
            return null;
        });
        waitUntil(() -> fixture.queue.hasActiveTransfers());
        WaitForAsyncUtils.asyncFx(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        String header = onFx(() -> ((javafx.scene.control.DialogPane) robot.lookup(".dialog-pane").query()).getHeaderText());
        assertEquals("Transfers are still running", header);
        robot.clickOn("Cancel");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        assertTrue(onFx(stage::isShowing), "the window stays open");
    }

    @Test
    void themeSizeAndPanelsAreRemembered(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 4);
        robot.clickOn("#themeToggle");
        waitUntil(() -> fixture.settings.get().darkTheme());
        assertTrue(onFx(Application::getUserAgentStylesheet).contains("dark"), "the dark theme is on");
        robot.clickOn("#detailsToggle");
        waitUntil(() -> !fixture.settings.get().detailsVisible());
        onFx(() -> {
            stage.setWidth(1000);
            stage.hide();
            return null;
        });
        waitUntil(() -> fixture.settings.get().window() != null && fixture.settings.get().window().width() == 1000);
        fixture.settings.close();
        UiSettings saved = fixture.store.load();
        assertTrue(saved.darkTheme());
        assertFalse(saved.detailsVisible());
        assertEquals(1000, saved.window().width());
    }

    @Test
    void transfersAtOnceIsASettingTheQueueFollows(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 4);
        assertEquals(2, fixture.queue.maxConcurrent());
        robot.clickOn("View").clickOn("Transfers at once").clickOn("3");
        waitUntil(() -> fixture.queue.maxConcurrent() == 3);
        assertEquals(3, fixture.settings.get().maxConcurrentTransfers());
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
