package dev.filedeck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filedeck.api.FileObject;
import dev.filedeck.inspect.JsonlRecord;
import dev.filedeck.settings.UiSettings;
import dev.filedeck.ui.files.FileRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Preview tab in the main window, on a real sandbox with its sample files. */
@ExtendWith({ApplicationExtension.class, FxThreadFailures.class})
class PreviewTabTest {

    @TempDir
    static Path dir;
    private MainWindowFixture fixture;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        fixture = new MainWindowFixture(Files.createTempDirectory(dir, "preview"), true, UiSettings.defaults().withPanels(true, false));
        fixture.show(stage);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.hide()).get();
        fixture.close();
    }

    @Test
    void nothingIsReadUntilThePreviewTabIsShown(FxRobot robot) throws Exception {
        select(robot, "batch-results.jsonl");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, contentRequests(), "the Details tab is showing: no content request");

        robot.clickOn("Preview");

        waitUntil(() -> robot.lookup("#previewRecords").tryQuery().map(Node::isVisible).orElse(false));
        assertEquals(1, contentRequests());
        assertEquals("JSON Lines · 10 records · " + sizeOf("batch-results.jsonl"),
                text(robot, "#previewExtent"));
        List<String> summary = onFx(() -> robot.lookup("#previewSummary").<javafx.scene.layout.VBox>query().getChildren().stream()
                .map(node -> ((Label) node).getText()).toList());
        assertEquals(List.of("10 results: 8 succeeded, 2 failed", "HTTP 400 · invalid_request_error: 1", "No response · batch_expired: 1"),
                summary);
        ListView<JsonlRecord> records = robot.lookup("#previewRecords").query();
        assertEquals(10, onFx(() -> records.getItems().size()));
        assertEquals(1, onFx(() -> records.getSelectionModel().getSelectedItem().line()), "the first record is selected");
        String pretty = onFx(() -> flowText(robot.lookup("#previewRecord").query()));
        assertTrue(pretty.startsWith("{\n  \"id\" : \"batch_req_"), pretty);
        assertTrue(onFx(() -> robot.lookup("#previewRecord").<TextFlow>query().getChildren().stream()
                .anyMatch(node -> node.getStyleClass().contains("json-key") && ((Text) node).getText().equals("\"custom_id\""))),
                "keys are coloured");

        onFx(() -> {
            records.getSelectionModel().select(8);
            return null;
        });
        waitUntil(() -> onFx(() -> flowText(robot.lookup("#previewRecord").query())).contains("batch_expired"));
    }

    @Test
    void theImageAndAStaleLoadAreHandled(FxRobot robot) throws Exception {
        robot.clickOn("Preview");
        waitUntil(() -> "Select a file to preview its content".equals(text(robot, "#previewMessage")));
        select(robot, "support-chat-finetune.jsonl");
        select(robot, "diagram.png"); // the first load is superseded

        waitUntil(() -> robot.lookup("#previewImage").tryQuery().map(node -> ((ImageView) node).getImage() != null).orElse(false));
        assertTrue(text(robot, "#previewExtent").startsWith("PNG image · "), text(robot, "#previewExtent"));
        assertFalse(onFx(() -> robot.lookup("#previewRecords").tryQuery().isPresent()), "nothing of the superseded JSONL is shown");
        assertTrue(onFx(() -> robot.lookup("#previewImage").<ImageView>query().getImage().getWidth()) > 0);
    }

    @Test
    void severalFilesSelectedAskForOne(FxRobot robot) throws Exception {
        robot.clickOn("Preview");
        waitUntil(() -> table(robot).getItems().size() == 4);
        onFx(() -> {
            table(robot).getSelectionModel().selectAll();
            return null;
        });
        waitUntil(() -> "Select a single file to preview it".equals(text(robot, "#previewMessage")));
        assertEquals(0, contentRequests());
    }

    // ---- helpers --------------------------------------------------------------------------------------

    private void select(FxRobot robot, String name) throws TimeoutException {
        waitUntil(() -> table(robot).getItems().size() == 4);
        onFx(() -> {
            TableView<?> table = table(robot);
            for (int i = 0; i < table.getItems().size(); i++) {
                Object row = table.getItems().get(i);
                if (((FileRow) row).file().filename().equals(name)) {
                    table.getSelectionModel().clearAndSelect(i);
                    return null;
                }
            }
            throw new AssertionError(name + " not listed");
        });
    }

    private String sizeOf(String name) {
        FileObject file = fixture.client.listAll(dev.filedeck.api.ListQuery.firstPage(100))
                .filter(f -> f.filename().equals(name)).findFirst().orElseThrow();
        return dev.filedeck.ui.format.DisplayFormat.system().byteSize(file.bytes());
    }

    private long contentRequests() {
        return fixture.server.requests().all().stream().filter(r -> r.path().endsWith("/content")).count();
    }

    private static TableView<?> table(FxRobot robot) {
        return robot.lookup("#filesTable").query();
    }

    private static String flowText(TextFlow flow) {
        StringBuilder text = new StringBuilder();
        flow.getChildren().forEach(node -> text.append(((Text) node).getText()));
        return text.toString();
    }

    private static String text(FxRobot robot, String query) {
        return onFx(() -> robot.lookup(query).tryQuery().map(node -> ((Label) node).getText()).orElse(""));
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }

    private static <T> T onFx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
