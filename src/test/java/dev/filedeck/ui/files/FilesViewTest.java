package dev.filedeck.ui.files;

import dev.filedeck.api.ApiKey;
import dev.filedeck.api.ClientConfig;
import dev.filedeck.api.FileObject;
import dev.filedeck.api.FilesClient;
import dev.filedeck.api.ListQuery;
import dev.filedeck.api.RetryPolicy;
import dev.filedeck.sandbox.Fault;
import dev.filedeck.sandbox.FaultRule;
import dev.filedeck.sandbox.SandboxConfig;
import dev.filedeck.sandbox.SandboxServer;
import dev.filedeck.settings.ConnectionSummary;
import dev.filedeck.ui.FxThreadFailures;
import dev.filedeck.ui.format.DisplayFormat;
import dev.filedeck.ui.task.FxBackgroundTasks;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The files view against a real Local sandbox, headless. */
@ExtendWith({ApplicationExtension.class, FxThreadFailures.class})
class FilesViewTest {

    private static final DisplayFormat FORMAT = new DisplayFormat(ZoneOffset.UTC, Locale.ROOT);

    @TempDir
    Path dataDir;

    private SandboxServer server;
    private FilesClient client;
    private FxBackgroundTasks tasks;
    private FilesViewModel viewModel;

    @Start
    void start(Stage stage) throws IOException {
        server = SandboxServer.start(SandboxConfig.forTests(dataDir).withSeedSamples(true));
        // No automatic retries: one armed fault then fails one listing.
        client = new FilesClient(ClientConfig.of(server.baseUrl().toString(), ApiKey.of(server.apiKey()))
                .withRetryPolicy(RetryPolicy.never()));
        tasks = new FxBackgroundTasks();
        viewModel = new FilesViewModel(FileCatalog.of(client), new ConnectionSummary("Local sandbox", server.baseUrl()), tasks, FORMAT);
        stage.setScene(new Scene(new FilesView(viewModel), 1100, 700));
        stage.show();
    }

    @AfterEach
    void stop() {
        tasks.close();
        server.close();
    }

    @Test
    void listsTheSampleFilesNewestFirst(FxRobot robot) throws Exception {
        robot.interact(viewModel::refresh);

        waitUntil(() -> shownRows(robot).size() == 4);

        List<List<String>> rows = shownRows(robot);
        assertEquals(List.of("diagram.png", "batch-results.jsonl", "batch-requests.jsonl", "support-chat-finetune.jsonl"),
                rows.stream().map(row -> row.get(0)).toList());
        assertEquals(List.of("vision", "batch_output", "batch", "fine-tune"), rows.stream().map(row -> row.get(1)).toList());
        List<FileObject> files = client.listAll(ListQuery.firstPage(100)).toList();
        for (int i = 0; i < files.size(); i++) {
            assertEquals(FORMAT.byteSize(files.get(i).bytes()), rows.get(i).get(2), "size of " + rows.get(i).get(0));
            assertTrue(rows.get(i).get(2).matches("\\d+(\\.\\d)? (bytes|KB)"), rows.get(i).get(2));
            assertEquals(FORMAT.dateTime(files.get(i).created()), rows.get(i).get(3));
        }
        assertEquals("Local sandbox — " + server.baseUrl(), text(robot, "#connectionLabel"));
        long total = files.stream().mapToLong(FileObject::bytes).sum();
        assertEquals("4 files, " + FORMAT.byteSize(total), text(robot, "#summaryLabel"));
    }

    @Test
    void showsTheErrorWithItsRequestIdAndRetryListsTheFiles(FxRobot robot) throws Exception {
        server.faults().add(FaultRule.on("GET", "/files", Fault.status(500)));
        robot.interact(viewModel::refresh);

        waitUntil(() -> robot.lookup("#errorState").query().isVisible());
        assertTrue(text(robot, "#errorMessage").length() > 0);
        String requestId = onFx(() -> robot.lookup("#requestIdField").queryAs(TextField.class).getText());
        assertTrue(requestId.startsWith("req_"), requestId);
        assertTrue(onFx(() -> robot.lookup("#requestIdField").query().isVisible()));
        assertEquals(0, shownRows(robot).size());

        robot.clickOn("#retryButton");

        waitUntil(() -> shownRows(robot).size() == 4);
        assertTrue(onFx(() -> !robot.lookup("#errorState").query().isVisible()));
    }

    @Test
    void saysNoFilesYetOnceEveryFileIsDeleted(FxRobot robot) throws Exception {
        client.listAll(ListQuery.firstPage(100)).map(FileObject::id).toList().forEach(client::delete);

        robot.interact(viewModel::refresh);

        waitUntil(() -> robot.lookup("#emptyState").query().isVisible());
        assertTrue(onFx(() -> robot.lookup("No files yet").tryQuery().isPresent()));
        assertEquals("0 files", text(robot, "#summaryLabel"));
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(condition));
    }

    private static <T> T onFx(Callable<T> query) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, query);
    }

    private static String text(FxRobot robot, String query) {
        return onFx(() -> robot.lookup(query).queryAs(Labeled.class).getText());
    }

    /** The texts of the table as drawn, row by row, column by column. */
    private static List<List<String>> shownRows(FxRobot robot) {
        return onFx(() -> {
            TableView<?> table = robot.lookup("#filesTable").queryTableView();
            Map<Integer, Map<Integer, String>> cells = new TreeMap<>();
            for (Node node : table.lookupAll(".table-cell")) {
                if (node instanceof TableCell<?, ?> cell && !cell.isEmpty() && cell.getTableRow() != null
                        && cell.getTableRow().getItem() != null) {
                    cells.computeIfAbsent(cell.getTableRow().getIndex(), i -> new TreeMap<>())
                            .put(table.getVisibleLeafColumns().indexOf(cell.getTableColumn()), cell.getText());
                }
            }
            List<List<String>> rows = new ArrayList<>();
            cells.values().forEach(row -> rows.add(new ArrayList<>(row.values())));
            return rows;
        });
    }
}
