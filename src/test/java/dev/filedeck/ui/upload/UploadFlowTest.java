package dev.filedeck.ui.upload;

import atlantafx.base.theme.PrimerLight;
import dev.filedeck.api.ApiKey;
import dev.filedeck.api.ClientConfig;
import dev.filedeck.api.FileObject;
import dev.filedeck.api.FilesClient;
import dev.filedeck.api.ListQuery;
import dev.filedeck.sandbox.SandboxConfig;
import dev.filedeck.sandbox.SandboxServer;
import dev.filedeck.settings.Capabilities;
import dev.filedeck.settings.UiSettings;
import dev.filedeck.transfer.QueuedTransferService;
import dev.filedeck.transfer.TransferQueue;
import dev.filedeck.ui.FxThreadFailures;
import dev.filedeck.ui.format.DisplayFormat;
import dev.filedeck.ui.task.FxBackgroundTasks;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Every way into an upload, end to end: a drop (a real drag, and a DRAG_DROPPED event with a mocked
 * Dragboard) or the chooser, the sheet, and the files arriving at a real Local sandbox through the
 * app's transfer queue.
 */
@ExtendWith({ApplicationExtension.class, FxThreadFailures.class})
class UploadFlowTest {

    private static final DisplayFormat FORMAT = new DisplayFormat(ZoneOffset.UTC, Locale.ROOT);

    @TempDir
    Path temp;

    private SandboxServer server;
    private FilesClient client;
    private TransferQueue queue;
    private FxBackgroundTasks tasks;
    private final ChooserDialogs dialogs = new ChooserDialogs();
    private final AtomicReference<UiSettings> settings = new AtomicReference<>(UiSettings.defaults());
    private volatile Capabilities capabilities = Capabilities.openAi();
    private volatile List<File> dragged = List.of();
    private UploadActions uploads;
    private UploadDrop drop;
    private StackPane root;

    @Start
    void start(Stage stage) throws IOException {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        server = SandboxServer.start(SandboxConfig.forTests(temp.resolve("sandbox")));
        client = new FilesClient(ClientConfig.of(server.baseUrl().toString(), ApiKey.of(server.apiKey())));
        queue = new TransferQueue(Platform::runLater, 2);
        tasks = new FxBackgroundTasks();
        UploadContext context = new UploadContext(dialogs, tasks, new QueuedTransferService(queue, () -> client),
                () -> capabilities, settings::get, settings::updateAndGet, FORMAT);
        uploads = new UploadActions(stage, context);

        // A drag source inside the window, as a file manager would be outside it.
        Label source = new Label("Drag these files");
        source.setId("dragSource");
        source.setOnDragDetected(event -> {
            Dragboard board = source.startDragAndDrop(TransferMode.COPY);
            ClipboardContent content = new ClipboardContent();
            content.putFiles(dragged);
            board.setContent(content);
            event.consume();
        });
        Region dropArea = new Region();
        dropArea.setId("dropArea");
        root = new StackPane(new BorderPane(dropArea, null, null, source, null));
        drop = uploads.installDropTarget(root, root);
        stage.setScene(new Scene(root, 900, 600));
        stage.show();
    }

    @AfterEach
    void stop() throws TimeoutException {
        FxToolkit.cleanupStages();
        queue.close();
        tasks.close();
        server.close();
    }

    @Test
    void aRealDragOpensTheSheetAndEnterUploadsWithTheChosenPurpose(FxRobot robot) throws Exception {
        Path a = write("local/requests-1.jsonl", chat(0));
        Path b = write("local/requests-2.jsonl", chat(0));
        dragged = List.of(a.toFile(), b.toFile());

        robot.drag("#dragSource").dropTo("#dropArea");

        waitUntil(() -> sheetRows(robot).size() == 2);
        assertEquals(List.of("requests-1.jsonl", "requests-2.jsonl"), sheetRows(robot));
        assertFalse(drop.isOverlayShowing());
        choosePurpose(robot, "fine-tune");
        awaitChecks(robot);
        robot.type(KeyCode.ENTER);

        waitUntil(() -> filesOnServer().size() == 2);
        assertEquals(Map.of("requests-1.jsonl", "fine-tune", "requests-2.jsonl", "fine-tune"), purposesOnServer());
        assertFalse(uploads.isSheetOpen());
        assertEquals("fine-tune", settings.get().lastPurpose());
        assertEquals(Map.of("jsonl", "fine-tune"), settings.get().purposeByExtension());
    }

    @Test
    void aDroppedFolderContributesItsNestedFiles(FxRobot robot) throws Exception {
        write("local/data/b.jsonl", chat(0));
        write("local/data/nested/deeper/a.jsonl", chat(0));
        write("local/data/.DS_Store", "hidden");
        Path single = write("local/single.jsonl", chat(0));

        dropByEvent(robot, temp.resolve("local/data"), single);

        waitUntil(() -> sheetRows(robot).size() == 3);
        assertEquals(List.of("data/b.jsonl", "data/nested/deeper/a.jsonl", "single.jsonl"), sheetRows(robot));
        assertEquals("3 files · " + FORMAT.byteSize(3L * chat(0).length()), text(robot, "#uploadSummary"));
        assertEquals("1 hidden item in the folders was left out.", text(robot, "#uploadScanNote"));
        assertEquals("fine-tune", purposeShown(robot), "suggested for .jsonl files");
        awaitChecks(robot);
        robot.type(KeyCode.ENTER);

        waitUntil(() -> filesOnServer().size() == 3);
        assertEquals(Map.of("b.jsonl", "fine-tune", "a.jsonl", "fine-tune", "single.jsonl", "fine-tune"), purposesOnServer());
    }

    @Test
    void theOverlayCoversTheWindowWhileFilesAreDraggedOverAndLeavesOnExit(FxRobot robot) throws Exception {
        write("local/folder/inside.txt", "x");
        Path a = write("local/a.jsonl", "{}");
        Path b = write("local/b.jsonl", "{}");
        Dragboard board = boardWith(a, b, temp.resolve("local/folder"));

        fire(robot, DragEvent.DRAG_ENTERED, board, root);
        DragEvent over = fire(robot, DragEvent.DRAG_OVER, board, robot.lookup("#dropArea").query());

        assertEquals(TransferMode.COPY, over.getAcceptedTransferMode());
        assertTrue(onFx(() -> drop.isOverlayShowing()));
        Node overlay = robot.lookup("#" + DropOverlay.ID).query();
        assertTrue(onFx(() -> overlay.isVisible() && overlay.getParent() == root));
        waitUntil(() -> "2 files and 1 folder".equals(text(robot, "#uploadDropDetail")));
        assertTrue(onFx(() -> robot.lookup("Drop to upload").tryQuery().isPresent()));

        fire(robot, DragEvent.DRAG_EXITED, board, root);

        assertFalse(onFx(() -> drop.isOverlayShowing()));
        assertTrue(onFx(() -> robot.lookup("#" + DropOverlay.ID).tryQuery().isEmpty()));
        assertFalse(uploads.isSheetOpen());
    }

    @Test
    void aDragWithoutFilesIsNotTaken(FxRobot robot) {
        Dragboard text = mock(Dragboard.class);
        when(text.hasFiles()).thenReturn(false);
        when(text.getTransferModes()).thenReturn(Set.of(TransferMode.ANY));

        fire(robot, DragEvent.DRAG_ENTERED, text, root);
        DragEvent over = fire(robot, DragEvent.DRAG_OVER, text, robot.lookup("#dropArea").query());

        assertNull(over.getAcceptedTransferMode());
        assertFalse(onFx(() -> drop.isOverlayShowing()));
    }

    @Test
    void theChooserPathUploadsAndRemembersTheFolder(FxRobot robot) throws Exception {
        Path a = write("local/chosen/photo.png", "not really a png");
        Path b = write("local/chosen/other.png", "nor this");
        dialogs.answer = List.of(a, b);

        robot.interact(uploads::chooseFilesAndUpload);

        waitUntil(() -> sheetRows(robot).size() == 2);
        assertEquals("vision", purposeShown(robot), "suggested for images");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> filesOnServer().size() == 2);
        assertEquals(Map.of("photo.png", "vision", "other.png", "vision"), purposesOnServer());
        assertEquals(temp.resolve("local/chosen").toString(), settings.get().lastUploadFolder());

        dialogs.answer = List.of();
        robot.interact(uploads::chooseFilesAndUpload);

        assertEquals(java.util.Arrays.asList(null, temp.resolve("local/chosen")), dialogs.askedIn);
        assertFalse(uploads.isSheetOpen(), "nothing chosen, no sheet");
    }

    @Test
    void escapeCancelsAndNothingIsQueued(FxRobot robot) throws Exception {
        Path a = write("local/a.jsonl", "{}\n");
        dropByEvent(robot, a);
        waitUntil(() -> sheetRows(robot).size() == 1);

        robot.type(KeyCode.ESCAPE);

        waitUntil(() -> !uploads.isSheetOpen());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), queue.transfers());
        assertEquals(List.of(), filesOnServer());
        assertNull(settings.get().lastPurpose(), "a cancelled sheet remembers nothing");
    }

    @Test
    void theChosenExpiryReachesTheServer(FxRobot robot) throws Exception {
        Path a = write("local/a.jsonl", chat(0));
        dropByEvent(robot, a);
        waitUntil(() -> sheetRows(robot).size() == 1);
        awaitChecks(robot);

        robot.clickOn("#expiryChoice").clickOn("7 days");
        waitUntil(() -> onFx(() -> robot.lookup("#expiryChoice").<ChoiceBox<ExpiryChoice>>query().getValue()) == ExpiryChoice.SEVEN_DAYS);
        robot.type(KeyCode.ENTER);

        waitUntil(() -> filesOnServer().size() == 1);
        FileObject uploaded = filesOnServer().get(0);
        assertEquals(Duration.ofDays(7).toSeconds(), uploaded.expiresAt() - uploaded.createdAt());
    }

    @Test
    void theOverLimitWarningFollowsThePurpose(FxRobot robot) throws Exception {
        capabilities = new Capabilities(List.of("fine-tune", "batch"), "fine-tune", true, 1000, 500);
        Path small = write("local/small.jsonl", batchRequest(300));
        Path middle = write("local/middle.jsonl", batchRequest(700));
        dropByEvent(robot, small, middle);
        waitUntil(() -> sheetRows(robot).size() == 2);
        assertFalse(onFx(() -> robot.lookup("#uploadSkipNoteBox").query().isVisible()));
        assertEquals("Upload 2 files", text(robot, "#uploadButton"));

        choosePurpose(robot, "batch");

        assertTrue(onFx(() -> robot.lookup("#uploadSkipNoteBox").query().isVisible()));
        assertEquals("1 file over the 500 bytes limit for batch will be skipped.", text(robot, "#uploadSkipNote"));
        assertTrue(onFx(() -> robot.lookup("Over the 500 bytes limit for batch").tryQuery().isPresent()));
        assertEquals("Upload 1 file", text(robot, "#uploadButton"));
        awaitChecks(robot);
        robot.type(KeyCode.ENTER);

        waitUntil(() -> filesOnServer().size() == 1);
        assertEquals(Map.of("small.jsonl", "batch"), purposesOnServer());
    }

    @Test
    void contentErrorsBlockTheUploadUntilTheUserOverridesThem(FxRobot robot) throws Exception {
        Path good = write("local/good.jsonl", chat(0));
        Path bad = write("local/bad.jsonl", chat(0) + "{\"messages\": [{\"role\": \"bot\", \"content\": \"hi\"}]}\nnot json\n");
        dropByEvent(robot, good, bad);
        waitUntil(() -> sheetRows(robot).size() == 2);
        assertEquals("fine-tune", purposeShown(robot));

        waitUntil(() -> onFx(() -> !sheet(robot).checkingProperty().get()));
        assertEquals(List.of("OK", "3 errors, 1 warning"), onFx(() -> sheet(robot).rows().stream().map(UploadRow::checkText).toList()));
        assertTrue(onFx(() -> robot.lookup("#uploadButton").queryButton().isDisabled()), "errors block the upload");
        assertTrue(onFx(() -> robot.lookup("#uploadCheckNoteBox").query().isVisible()));
        assertEquals("1 file has errors the server is likely to refuse. Fix it, or upload anyway.", text(robot, "#uploadCheckNote"));
        assertTrue(onFx(() -> robot.lookup("3 errors, 1 warning").tryQuery().isPresent()), "the file's badge");
        List<String> findings = onFx(() -> List.copyOf(robot.lookup("#uploadFindings").<ListView<String>>query().getItems()));
        assertEquals(4, findings.size(), findings.toString());
        assertTrue(findings.get(0).startsWith("Error 2:") && findings.get(0).contains("\"bot\" is not one of"), findings.get(0));
        assertTrue(findings.contains("Warning 2:1 No system message"), findings.toString());
        assertTrue(findings.get(3).startsWith("Error 3:") && findings.get(3).contains("Not valid JSON"), findings.get(3));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(uploads.isSheetOpen(), "Enter does nothing while Upload is blocked");

        robot.clickOn("#uploadOverride");

        waitUntil(() -> onFx(() -> !robot.lookup("#uploadButton").queryButton().isDisabled()));
        robot.clickOn("#uploadButton");
        waitUntil(() -> filesOnServer().size() == 2);
        assertEquals(Map.of("good.jsonl", "fine-tune", "bad.jsonl", "fine-tune"), purposesOnServer());
        assertEquals(chat(0) + "{\"messages\": [{\"role\": \"bot\", \"content\": \"hi\"}]}\nnot json\n", Files.readString(bad),
                "the local file is untouched");
    }

    @Test
    void changingThePurposeChecksAgainAndClearsTheOverride(FxRobot robot) throws Exception {
        capabilities = new Capabilities(List.of("fine-tune", "batch"), "fine-tune", true, 1L << 30, 1L << 30);
        Path requests = write("local/train.jsonl", batchRequest(200));
        dropByEvent(robot, requests);
        waitUntil(() -> sheetRows(robot).size() == 1);
        waitUntil(() -> onFx(() -> !sheet(robot).checkingProperty().get() && sheet(robot).hasErrorsProperty().get()));
        robot.clickOn("#uploadOverride");
        assertTrue(onFx(() -> sheet(robot).overrideErrorsProperty().get()));

        choosePurpose(robot, "batch");

        waitUntil(() -> onFx(() -> !sheet(robot).checkingProperty().get() && "OK".equals(sheet(robot).rows().get(0).checkText())));
        assertFalse(onFx(() -> sheet(robot).overrideErrorsProperty().get()));
        assertFalse(onFx(() -> robot.lookup("#uploadButton").queryButton().isDisabled()));
    }

    private static UploadSheetViewModel sheet(FxRobot robot) {
        return onFx(() -> robot.lookup(".upload-sheet").<UploadSheetView>query().viewModel());
    }

    // ---- helpers ----------------------------------------------------------------------------------

    /** A valid fine-tuning line (which is also valid JSONL), padded to {@code size} bytes when asked. */
    static String chat(int size) {
        String head = "{\"messages\":[{\"role\":\"system\",\"content\":\"";
        String tail = "\"},{\"role\":\"user\",\"content\":\"Hi\"},{\"role\":\"assistant\",\"content\":\"Hello\"}]}\n";
        int pad = Math.max(1, size - head.length() - tail.length());
        return head + "s".repeat(pad) + tail;
    }

    /** A valid batch request line, padded to {@code size} bytes. */
    static String batchRequest(int size) {
        String head = "{\"custom_id\":\"r1\",\"method\":\"POST\",\"url\":\"/v1/embeddings\",\"body\":{\"input\":\"";
        String tail = "\"}}\n";
        return head + "i".repeat(Math.max(1, size - head.length() - tail.length())) + tail;
    }

    /** Upload waits for the content checks. */
    private static void awaitChecks(FxRobot robot) throws TimeoutException {
        waitUntil(() -> onFx(() -> !robot.lookup("#uploadButton").queryButton().isDisabled()));
    }

    private Path write(String relative, String content) throws IOException {
        Path file = temp.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private void dropByEvent(FxRobot robot, Path... items) {
        fire(robot, DragEvent.DRAG_DROPPED, boardWith(items), robot.lookup("#dropArea").query());
    }

    private static Dragboard boardWith(Path... items) {
        Dragboard board = mock(Dragboard.class);
        when(board.hasFiles()).thenReturn(true);
        // What a file manager offers; the drop target picks COPY among them.
        when(board.getTransferModes()).thenReturn(Set.of(TransferMode.COPY_OR_MOVE));
        when(board.getFiles()).thenReturn(java.util.Arrays.stream(items).map(Path::toFile).toList());
        return board;
    }

    /** Fires a drag event at the middle of the target, as the toolkit would during a drag. */
    private static DragEvent fire(FxRobot robot, EventType<DragEvent> type, Dragboard board, Node target) {
        return onFx(() -> {
            Bounds bounds = target.localToScreen(target.getBoundsInLocal());
            Bounds local = target.getBoundsInLocal();
            DragEvent event = new DragEvent(target, target, type, board, local.getCenterX(), local.getCenterY(),
                    bounds.getCenterX(), bounds.getCenterY(), TransferMode.COPY, null, null, null);
            Event.fireEvent(target, event);
            return event;
        });
    }

    private static void choosePurpose(FxRobot robot, String purpose) {
        robot.clickOn("#purposeChoice");
        robot.clickOn((Node node) -> node instanceof ListCell<?> cell && purpose.equals(cell.getText()) && cell.isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(purpose, purposeShown(robot));
    }

    private static String purposeShown(FxRobot robot) {
        return onFx(() -> String.valueOf(robot.lookup("#purposeChoice").<javafx.scene.control.ComboBox<String>>query().getValue()));
    }

    private static List<String> sheetRows(FxRobot robot) {
        return onFx(() -> robot.lookup("#uploadFiles").tryQuery()
                .map(list -> ((ListView<?>) list).getItems().stream().map(row -> ((UploadRow) row).name()).toList())
                .orElse(List.of()));
    }

    private List<FileObject> filesOnServer() {
        return client.listAll(ListQuery.firstPage(100)).toList();
    }

    private Map<String, String> purposesOnServer() {
        return filesOnServer().stream().collect(java.util.stream.Collectors.toMap(FileObject::filename, FileObject::purpose));
    }

    private static String text(FxRobot robot, String query) {
        return onFx(() -> {
            Node node = robot.lookup(query).query();
            return node instanceof Button button ? button.getText() : ((Label) node).getText();
        });
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    private static <T> T onFx(Callable<T> query) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, query);
    }
}
