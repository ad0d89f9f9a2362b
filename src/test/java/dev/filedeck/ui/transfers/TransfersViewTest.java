package dev.filedeck.ui.transfers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import dev.filedeck.api.DownloadRequest;
import dev.filedeck.api.FileObject;
import dev.filedeck.api.UploadRequest;
import dev.filedeck.sandbox.Fault;
import dev.filedeck.sandbox.FaultRule;
import dev.filedeck.transfer.QueuedTransferService;
import dev.filedeck.transfer.SandboxFixture;
import dev.filedeck.transfer.SlowLine;
import dev.filedeck.transfer.TransferQueue;
import dev.filedeck.ui.FxThreadFailures;
import dev.filedeck.ui.format.DisplayFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The transfer panel against a real Local sandbox, headless. */
@ExtendWith({ApplicationExtension.class, FxThreadFailures.class})
class TransfersViewTest {

    private static final DisplayFormat FORMAT = new DisplayFormat(ZoneOffset.UTC, Locale.ROOT);

    @TempDir
    Path dir;
    private SandboxFixture sandbox;
    private TransferQueue queue;
    private QueuedTransferService service;
    private TransfersViewModel viewModel;
    private final List<Path> opened = new CopyOnWriteArrayList<>();
    private final AtomicInteger showRequests = new AtomicInteger();
    private final List<SlowLine> lines = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        sandbox = SandboxFixture.start(dir.resolve("sandbox"));
        queue = new TransferQueue(Platform::runLater, 2);
        service = new QueuedTransferService(queue, () -> sandbox.client);
        viewModel = new TransfersViewModel(queue, opened::add, FORMAT);
        viewModel.setOnShowRequested(showRequests::incrementAndGet);
        stage.setScene(new Scene(new TransfersView(viewModel), 1000, 320));
        stage.show();
    }

    @AfterEach
    void stop() {
        lines.forEach(SlowLine::close);
        queue.close();
        sandbox.close();
    }

    private Path localFile(String name, long size) {
        return SandboxFixture.randomFile(dir.resolve(name), size, name.hashCode());
    }

    @Test
    void saysSoWhenThereAreNoTransfers(FxRobot robot) {
        assertEquals("No transfers", onFx(() -> robot.lookup("#transfersSummary").queryAs(Label.class).getText()));
        assertTrue(onFx(() -> robot.lookup("#clearFinishedButton").queryButton().isDisabled()));
        assertTrue(onFx(() -> robot.lookup("Uploads and downloads appear here while they run.").tryQuery().isPresent()));
    }

    @Test
    void aRunningUploadShowsItsProgressAndCancelStopsIt(FxRobot robot) throws Exception {
        Path big = localFile("big.jsonl", 40L * 1024 * 1024);
        // Over a slow line the upload moves steadily for seconds: long enough to watch and cancel.
        SlowLine line = SlowLine.to(sandbox.server.baseUrl(), 8_000_000);
        lines.add(line);
        QueuedTransferService slowService = new QueuedTransferService(queue, () -> sandbox.clientOver(line));

        robot.interact(() -> slowService.enqueueUpload(UploadRequest.of(big, "batch")));

        waitUntil(() -> state(robot, "big.jsonl").equals("running") && progress(robot, "big.jsonl") > 0.05);
        assertEquals(1, showRequests.get(), "the panel asked to be shown");
        String bytes = figure(robot, "big.jsonl", ".transfer-bytes");
        assertTrue(bytes.matches("\\d+\\.\\d MB of 41\\.9 MB"), bytes);
        assertTrue(progress(robot, "big.jsonl") < 1);
        waitUntil(() -> figure(robot, "big.jsonl", ".transfer-speed").matches("\\d+(\\.\\d)? (KB|MB)/s"));
        waitUntil(() -> figure(robot, "big.jsonl", ".transfer-time-left").matches("\\d+:\\d\\d"));
        assertEquals("1 running", summary(robot));
        assertTrue(onFx(() -> viewModel.activeProperty().get()));
        assertTrue(actionShown(robot, "big.jsonl", ".cancel-button"));
        assertFalse(actionShown(robot, "big.jsonl", ".retry-button"));

        robot.clickOn(action(robot, "big.jsonl", ".cancel-button"));

        waitUntil(() -> state(robot, "big.jsonl").equals("cancelled"));
        double stoppedAt = progress(robot, "big.jsonl");
        assertTrue(stoppedAt > 0.05 && stoppedAt < 1, "stopped part-way: " + stoppedAt);
        assertFalse(actionShown(robot, "big.jsonl", ".cancel-button"));
        assertTrue(actionShown(robot, "big.jsonl", ".retry-button"));
        assertEquals("", figure(robot, "big.jsonl", ".transfer-speed"));
        assertEquals("1 cancelled", summary(robot));
        assertFalse(onFx(() -> viewModel.activeProperty().get()));
        assertTrue(hasPseudoClass(robot, "big.jsonl", "cancelled"));
        assertEquals(List.of(), sandbox.remoteFiles());
    }

    @Test
    void aFinishedUploadShowsAFullBarAndItsSize(FxRobot robot) throws Exception {
        Path file = localFile("medium.jsonl", 8L * 1024 * 1024);

        robot.interact(() -> service.enqueueUpload(UploadRequest.of(file, "batch")));

        waitUntil(() -> state(robot, "medium.jsonl").equals("done"));
        assertEquals(1.0, progress(robot, "medium.jsonl"));
        assertTrue(hasPseudoClass(robot, "medium.jsonl", "done"));
        assertTrue(hasPseudoClass(robot, "medium.jsonl", "upload"));
        assertEquals("8.4 MB", figure(robot, "medium.jsonl", ".transfer-bytes"));
        assertEquals("", figure(robot, "medium.jsonl", ".transfer-speed"), "no speed once done");
        assertFalse(actionShown(robot, "medium.jsonl", ".cancel-button"));
        assertFalse(actionShown(robot, "medium.jsonl", ".show-in-folder-button"), "uploads have no local folder to show");
    }

    @Test
    void aFailedTransferShowsTheReasonAndRetryRunsItAgain(FxRobot robot) throws Exception {
        sandbox.server.faults().add(FaultRule.on("POST", "/files", Fault.status(500)));
        Path file = localFile("data.jsonl", 5000);

        robot.interact(() -> service.enqueueUpload(UploadRequest.of(file, "batch")));

        waitUntil(() -> state(robot, "data.jsonl").startsWith("failed: "));
        String reason = state(robot, "data.jsonl");
        assertTrue(reason.startsWith("failed: HTTP 500"), reason);
        assertTrue(reason.matches(".*\\(request ID req_\\w+\\)$"), reason);
        assertTrue(hasPseudoClass(robot, "data.jsonl", "failed"));
        assertEquals("1 failed", summary(robot));

        robot.clickOn(action(robot, "data.jsonl", ".retry-button"));

        waitUntil(() -> state(robot, "data.jsonl").equals("done"));
        assertEquals("5.0 KB", figure(robot, "data.jsonl", ".transfer-bytes"));
        assertEquals(List.of("data.jsonl"), sandbox.remoteFiles().stream().map(FileObject::filename).toList());
        assertFalse(actionShown(robot, "data.jsonl", ".retry-button"));
        assertEquals("1 done", summary(robot));
    }

    @Test
    void clearFinishedRemovesTheRowsOfEndedTransfers(FxRobot robot) throws Exception {
        Path one = localFile("one.jsonl", 1000);
        Path two = localFile("two.jsonl", 1000);
        robot.interact(() -> {
            service.enqueueUpload(UploadRequest.of(one, "batch"));
            service.enqueueUpload(UploadRequest.of(two, "batch"));
        });
        waitUntil(() -> state(robot, "one.jsonl").equals("done") && state(robot, "two.jsonl").equals("done"));
        sandbox.server.faults().add(FaultRule.on("POST", "/files", Fault.delay(Duration.ofSeconds(2))));
        Path slow = localFile("slow.jsonl", 1000);
        robot.interact(() -> service.enqueueUpload(UploadRequest.of(slow, "batch")));
        waitUntil(() -> state(robot, "slow.jsonl").equals("running"));
        assertEquals("1 running, 2 done", summary(robot));

        robot.clickOn("#clearFinishedButton");

        waitUntil(() -> rowNames(robot).equals(List.of("slow.jsonl")));
        assertEquals("1 running", summary(robot));
        assertTrue(onFx(() -> robot.lookup("#clearFinishedButton").queryButton().isDisabled()));
    }

    @Test
    void showInFolderOpensTheFolderOfTheSavedFile(FxRobot robot) throws Exception {
        FileObject remote = sandbox.client.upload(UploadRequest.of(localFile("source.bin", 20_000), "batch"));
        Path target = dir.resolve("saved").resolve("copy.bin");

        robot.interact(() -> service.enqueueDownload(DownloadRequest.of(remote.id(), target).expecting(remote.bytes()), "copy.bin"));

        waitUntil(() -> state(robot, "copy.bin").equals("done"));
        assertTrue(Files.exists(target));
        assertTrue(actionShown(robot, "copy.bin", ".show-in-folder-button"));
        assertTrue(hasPseudoClass(robot, "copy.bin", "download"));

        robot.clickOn(action(robot, "copy.bin", ".show-in-folder-button"));

        waitUntil(() -> opened.size() == 1);
        assertEquals(dir.resolve("saved"), opened.get(0));

        assertTrue(actionShown(robot, "copy.bin", ".open-button"));
        robot.clickOn(action(robot, "copy.bin", ".open-button"));

        waitUntil(() -> opened.size() == 2);
        assertEquals(target.toAbsolutePath(), opened.get(1), "Open hands the file itself to the desktop");
    }

    // ---- reading the panel ---------------------------------------------------------------------------

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(condition));
    }

    private static <T> T onFx(Callable<T> query) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, query);
    }

    private static String summary(FxRobot robot) {
        return onFx(() -> robot.lookup("#transfersSummary").queryAs(Label.class).getText());
    }

    private static List<String> rowNames(FxRobot robot) {
        return onFx(() -> robot.lookup(".transfer-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> cell.getItem() != null)
                .sorted(java.util.Comparator.comparingInt(ListCell::getIndex))
                .map(cell -> ((TransferItemViewModel) cell.getItem()).name())
                .toList());
    }

    /** The drawn cell of the named transfer; null while it is not drawn. */
    private static ListCell<?> cell(FxRobot robot, String name) {
        return onFx(() -> robot.lookup(".transfer-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> cell.getItem() instanceof TransferItemViewModel item && item.name().equals(name))
                .findFirst().orElse(null));
    }

    private static Node part(FxRobot robot, String name, String selector) {
        ListCell<?> cell = cell(robot, name);
        return cell == null ? null : onFx(() -> cell.lookup(selector));
    }

    private static String state(FxRobot robot, String name) {
        Node label = part(robot, name, ".transfer-state");
        return label == null ? "" : onFx(() -> ((Label) label).getText());
    }

    private static String figure(FxRobot robot, String name, String selector) {
        return onFx(() -> ((Label) part(robot, name, selector)).getText());
    }

    private static double progress(FxRobot robot, String name) {
        Node bar = part(robot, name, ".transfer-progress");
        return bar == null ? 0 : onFx(() -> ((ProgressBar) bar).getProgress());
    }

    private static Button action(FxRobot robot, String name, String selector) {
        return (Button) part(robot, name, selector);
    }

    private static boolean actionShown(FxRobot robot, String name, String selector) {
        return onFx(() -> action(robot, name, selector).isVisible());
    }

    private static boolean hasPseudoClass(FxRobot robot, String name, String pseudoClass) {
        return onFx(() -> cell(robot, name).getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals(pseudoClass)));
    }
}
