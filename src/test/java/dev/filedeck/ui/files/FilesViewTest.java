package dev.filedeck.ui.files;

import atlantafx.base.theme.PrimerLight;
import dev.filedeck.api.FileObject;
import dev.filedeck.sandbox.Fault;
import dev.filedeck.sandbox.FaultRule;
import dev.filedeck.settings.ConnectionSummary;
import dev.filedeck.settings.UiSettings.ColumnState;
import dev.filedeck.ui.FxThreadFailures;
import dev.filedeck.ui.details.DetailsView;
import dev.filedeck.ui.details.DetailsViewModel;
import dev.filedeck.ui.format.DisplayFormat;
import dev.filedeck.ui.task.FxBackgroundTasks;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static dev.filedeck.ui.files.SeededSandbox.name;
import static dev.filedeck.ui.files.SeededSandbox.namesDown;
import static dev.filedeck.ui.files.SeededSandbox.namesUp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The files table and the details panel against a real Local sandbox holding 260 files, headless,
 * in the AtlantaFX theme the app uses. The sandbox is shared: the tests only read (faults are
 * armed for one request at a time).
 */
@ExtendWith({ApplicationExtension.class, FxThreadFailures.class})
class FilesViewTest {

    private static final DisplayFormat FORMAT = new DisplayFormat(ZoneOffset.UTC, Locale.ROOT);

    @TempDir
    static Path folder;
    private static SeededSandbox sandbox;
    private static List<FileObject> seeded;

    private final List<String> clipboard = new CopyOnWriteArrayList<>();
    private FxBackgroundTasks tasks;
    private FilesViewModel viewModel;
    private Stage stage;

    @BeforeAll
    static void seed() {
        sandbox = SeededSandbox.start(folder);
        seeded = sandbox.seed(260);
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        tasks = new FxBackgroundTasks();
        stage.setScene(new Scene(window(sandbox), 1280, 800));
        stage.show();
        viewModel.refresh();
    }

    /** The files view and the details panel side by side, as the main window puts them. */
    private SplitPane window(SeededSandbox server) {
        viewModel = new FilesViewModel(FileCatalog.of(server.client), new ConnectionSummary("Local sandbox", server.server.baseUrl()),
                tasks, FORMAT);
        viewModel.pageSizeProperty().set(25);
        DetailsViewModel details = new DetailsViewModel(FORMAT);
        details.follow(viewModel.selectedFiles());
        return new SplitPane(new FilesView(viewModel, clipboard::add), new DetailsView(details, clipboard::add));
    }

    @AfterEach
    void stop() {
        tasks.close();
        sandbox.server.faults().clear();
    }

    @Test
    void pagesForwardAndBackThrough260Files(FxRobot robot) throws Exception {
        waitForPage("Files 1–25", namesDown(260, 236));
        assertEquals(name(260), shownRows(robot).get(0).get(0), "drawn in the table");
        assertTrue(disabled(robot, "#previousPageButton"));

        robot.clickOn("#nextPageButton");
        waitForPage("Files 26–50", namesDown(235, 211));

        robot.press(KeyCode.CONTROL, KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN, KeyCode.CONTROL);
        waitForPage("Files 51–75", namesDown(210, 186));

        // With the focus in the table, which has Page keys of its own.
        robot.clickOn(cell(robot, name(200)));
        robot.press(KeyCode.CONTROL, KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN, KeyCode.CONTROL);
        waitForPage("Files 76–100", namesDown(185, 161));

        for (int first = 101; first <= 251; first += 25) {
            robot.clickOn("#nextPageButton");
            waitForPage("Files " + first + "–" + Math.min(first + 24, 260), namesDown(260 - first + 1, Math.max(1, 260 - first - 23)));
        }
        assertEquals(namesDown(10, 1), names());
        assertTrue(disabled(robot, "#nextPageButton"));

        robot.press(KeyCode.CONTROL, KeyCode.PAGE_UP).release(KeyCode.PAGE_UP, KeyCode.CONTROL);
        waitForPage("Files 226–250", namesDown(35, 11));

        robot.clickOn("#firstPageButton");
        waitForPage("Files 1–25", namesDown(260, 236));
    }

    @Test
    void switchesToOldestFirst(FxRobot robot) throws Exception {
        waitForPage("Files 1–25", namesDown(260, 236));
        robot.clickOn("#nextPageButton");
        waitForPage("Files 26–50", namesDown(235, 211));

        robot.clickOn("#orderChoice");
        robot.clickOn(popupItem(robot, "Oldest first"));

        waitForPage("Files 1–25", namesUp(1, 25));
        robot.clickOn("#nextPageButton");
        waitForPage("Files 26–50", namesUp(26, 50));
    }

    @Test
    void filtersByPurpose(FxRobot robot) throws Exception {
        waitForPage("Files 1–25", namesDown(260, 236));

        robot.clickOn("#purposeFilter");
        robot.clickOn(popupItem(robot, "batch"));

        List<String> batch = new ArrayList<>();
        for (int i = 260; i >= 20; i -= 10) {
            batch.add(name(i));
        }
        waitForPage("Files 1–25", batch);
        assertTrue(onFx(() -> viewModel.rows().stream().allMatch(row -> row.purpose().equals("batch"))));
        robot.clickOn("#nextPageButton");
        waitForPage("Files 26–26", List.of(name(10)));

        robot.clickOn("#purposeFilter");
        robot.clickOn(popupItem(robot, "All purposes"));
        waitForPage("Files 1–25", namesDown(260, 236));
    }

    @Test
    void theSearchFiltersThePageAndSearchAllFindsFilesOnLaterPages(FxRobot robot) throws Exception {
        waitForPage("Files 1–25", namesDown(260, 236));

        robot.clickOn("#searchField").write("REPORT-25");
        waitUntil(() -> names().equals(namesDown(259, 250)));
        assertEquals("10 matches on this page", text(robot, "#searchStatus"));

        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("report-003");
        waitUntil(() -> names().isEmpty());
        assertTrue(onFx(() -> robot.lookup("#emptyState").query().isVisible()));

        robot.clickOn("#searchAllButton");

        waitUntil(() -> names().equals(List.of(name(3))));
        waitUntil(() -> text(robot, "#searchStatus").equals("1 match in all 260 files"));
        assertTrue(disabled(robot, "#nextPageButton"), "no paging through search results");

        robot.clickOn("#backToPageButton");
        waitUntil(() -> names().isEmpty());
        assertEquals("0 matches on this page", text(robot, "#searchStatus"));

        robot.clickOn("#searchField").press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> names().equals(List.of(name(3))));

        robot.clickOn("#searchField").press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> names().equals(namesDown(260, 236)));
        assertFalse(onFx(() -> robot.lookup("#searchBar").query().isVisible()));
    }

    @Test
    void sortsTheLoadedPageByAColumn(FxRobot robot) throws Exception {
        waitForPage("Files 1–25", namesDown(260, 236));

        robot.clickOn(robot.lookup(".column-header .label").match(LabeledMatchers.hasText("Name")).queryAs(Node.class));

        waitUntil(() -> names().equals(namesUp(236, 260)));
        assertEquals("name", view(robot).columnLayout().sortColumn());
        assertTrue(view(robot).columnLayout().sortAscending());
    }

    @Test
    void restoresARememberedColumnLayout(FxRobot robot) throws Exception {
        waitForPage("Files 1–25", namesDown(260, 236));
        List<ColumnState> layout = List.of(new ColumnState("id", 240, true), new ColumnState("name", 300, true),
                new ColumnState("status", 90, false), new ColumnState("retired-column", 50, true));

        robot.interact(() -> view(robot).applyColumnLayout(layout, "name", false));

        ColumnLayout now = onFx(() -> view(robot).columnLayout());
        assertEquals(List.of("id", "name", "status", "purpose", "bytes", "created", "expires"),
                now.columns().stream().map(ColumnState::id).toList());
        assertFalse(now.columns().get(2).visible());
        assertTrue(now.columns().get(0).visible());
        assertEquals("name", now.sortColumn());
        assertFalse(now.sortAscending());
        waitUntil(() -> names().equals(namesDown(260, 236)));
        assertEquals(seeded.get(259).id(), shownRows(robot).get(0).get(0), "the id column shows first");
    }

    @Test
    void showsTheErrorBannerWithTheRequestIdAndRetryGoesOn(FxRobot robot) throws Exception {
        waitForPage("Files 1–25", namesDown(260, 236));
        sandbox.server.faults().add(FaultRule.on("GET", "/files", Fault.status(500)).times(3));

        robot.clickOn("#nextPageButton");

        waitUntil(() -> robot.lookup("#errorBanner").query().isVisible());
        assertEquals("The files could not be loaded", text(robot, "#errorTitle"));
        assertTrue(text(robot, "#errorMessage").contains("500"), text(robot, "#errorMessage"));
        String requestId = onFx(() -> robot.lookup("#requestIdField").queryAs(TextField.class).getText());
        assertTrue(requestId.startsWith("req_"), requestId);
        assertEquals(namesDown(260, 236), names(), "the page shown stays");
        assertEquals("Files 1–25", text(robot, "#pageLabel"));

        robot.clickOn("#copyRequestIdButton");
        assertEquals(List.of(requestId), clipboard);
        sandbox.server.faults().clear();
        robot.clickOn("#retryButton");

        waitForPage("Files 26–50", namesDown(235, 211));
        assertFalse(onFx(() -> robot.lookup("#errorBanner").query().isVisible()));
    }

    @Test
    void aFirstListingThatFailsSaysSoInPlaceOfTheRows(FxRobot robot) throws Exception {
        waitForPage("Files 1–25", namesDown(260, 236));
        sandbox.server.faults().add(FaultRule.on("GET", "/files", Fault.status(500)).times(3));

        robot.interact(() -> {
            stage.getScene().setRoot(window(sandbox));
            viewModel.refresh();
        });

        waitUntil(() -> robot.lookup("#errorState").query().isVisible());
        assertTrue(onFx(() -> robot.lookup("#errorBanner").query().isVisible()));
        assertTrue(names().isEmpty());
        sandbox.server.faults().clear();

        robot.clickOn("#retryButton");

        waitForPage("Files 1–25", namesDown(260, 236));
        assertFalse(onFx(() -> robot.lookup("#errorState").query().isVisible()));
    }

    @Test
    void saysNoFilesYetWhenThereAreNone(FxRobot robot) throws Exception {
        try (SeededSandbox empty = SeededSandbox.start(folder.resolve("empty"))) {
            robot.interact(() -> {
                stage.getScene().setRoot(window(empty));
                viewModel.refresh();
            });

            waitUntil(() -> robot.lookup("#emptyState").query().isVisible());
            assertEquals("No files yet: drop files here to upload", text(robot, "#emptyMessage"));
            assertEquals("No files", text(robot, "#pageLabel"));
        }
    }

    @Test
    void theDetailsPanelShowsTheSelectedFile(FxRobot robot) throws Exception {
        waitForPage("Files 1–25", namesDown(260, 236));
        assertEquals("Select a file to see its details", text(robot, "#detailsHint"));
        FileObject file = seeded.get(257);

        robot.clickOn(cell(robot, name(258)));

        waitUntil(() -> text(robot, "#detailsTitle").equals(name(258)));
        assertEquals(file.id(), text(robot, "#detail-id"));
        assertEquals("batch".equals(file.purpose()) ? "batch" : "fine-tune", text(robot, "#detail-purpose"));
        assertEquals("16 bytes", text(robot, "#detail-size"));
        assertEquals(FORMAT.utcDateTime(file.created()), text(robot, "#detail-created-utc"));
        String raw = onFx(() -> robot.lookup("#rawJson").queryAs(TextArea.class).getText());
        assertTrue(raw.contains("\"id\" : \"" + file.id() + "\""), raw);
        assertTrue(raw.contains("\"filename\" : \"" + name(258) + "\""), raw);

        robot.press(KeyCode.SHIFT).clickOn(cell(robot, name(256))).release(KeyCode.SHIFT);

        waitUntil(() -> text(robot, "#detailsTitle").equals("3 files selected"));
        assertEquals("48 bytes in all", text(robot, "#detailsSubtitle"));
    }

    @Test
    void ctrlCCopiesTheIdsOfTheSelectedRows(FxRobot robot) throws Exception {
        waitForPage("Files 1–25", namesDown(260, 236));

        robot.clickOn(cell(robot, name(258)));
        robot.press(KeyCode.CONTROL).clickOn(cell(robot, name(260))).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);

        assertEquals(List.of(seeded.get(257).id() + "\n" + seeded.get(259).id()), clipboard, "in selection order");

        robot.clickOn(cell(robot, name(250)));
        robot.clickOn("#copyIdButton");
        assertEquals(seeded.get(249).id(), clipboard.get(1));
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private void waitForPage(String label, List<String> names) throws TimeoutException {
        try {
            waitUntil(() -> viewModel.pageLabelProperty().get().equals(label) && names().equals(names) && !viewModel.busyProperty().get());
        } catch (TimeoutException e) {
            throw new AssertionError("expected " + label + " " + names + " but showed " + onFx(() -> viewModel.pageLabelProperty().get())
                    + " " + names(), e);
        }
    }

    /** The names of the rows in the table, in the order shown. */
    private List<String> names() {
        return onFx(() -> {
            TableView<?> table = (TableView<?>) stage.getScene().lookup("#filesTable");
            return table.getItems().stream().map(item -> ((FileRow) item).file().filename()).toList();
        });
    }

    private static FilesView view(FxRobot robot) {
        return robot.lookup(".files-view").queryAs(FilesView.class);
    }

    private static Node popupItem(FxRobot robot, String text) {
        return robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText(text)).query();
    }

    private static Node cell(FxRobot robot, String text) {
        return robot.lookup("#filesTable .table-cell").match(LabeledMatchers.hasText(text)).query();
    }

    private static boolean disabled(FxRobot robot, String query) {
        return onFx(() -> robot.lookup(query).queryAs(Button.class).isDisabled());
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
