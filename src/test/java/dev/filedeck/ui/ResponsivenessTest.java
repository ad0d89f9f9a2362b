package dev.filedeck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filedeck.api.ApiKey;
import dev.filedeck.api.ClientConfig;
import dev.filedeck.api.FilesClient;
import dev.filedeck.api.ListQuery;
import dev.filedeck.api.UploadRequest;
import dev.filedeck.settings.UiSettings;
import dev.filedeck.transfer.SlowLine;
import dev.filedeck.transfer.TransferState;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The UI never freezes: while a 200 MB upload runs, the user pages through 10,000 files, 1,000 at
 * a time, and searches all of them. The longest gap between two FX pulses must stay under 100 ms.
 *
 * <p>Timing-sensitive, so not part of the default build yet: {@code ./mvnw verify -Presponsiveness}.
 */
@Tag("responsiveness")
@ExtendWith({ApplicationExtension.class, FxThreadFailures.class})
class ResponsivenessTest {

    private static final int FILES = 10_000;
    private static final long UPLOAD_BYTES = 200L * 1024 * 1024;
    private static final long MAX_GAP_MS = 100;

    @TempDir
    static Path dir;
    private MainWindowFixture fixture;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        fixture = new MainWindowFixture(dir, false, UiSettings.defaults().withPaging(1000, true).withPanels(false, true));
        seed(fixture.client);
        fixture.show(stage);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.hide()).get();
        fixture.close();
    }

    /** 10,000 small files, uploaded over real HTTP by a few threads. */
    private static void seed(FilesClient client) throws Exception {
        Path small = Files.writeString(dir.resolve("row.jsonl"), "{}\n");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> uploads = new ArrayList<>();
            for (int i = 0; i < FILES; i++) {
                String name = String.format("row-%05d.jsonl", i);
                uploads.add(pool.submit(() -> client.upload(UploadRequest.of(small, "batch").withFilename(name))));
            }
            for (Future<?> upload : uploads) {
                upload.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(FILES, client.listAll(ListQuery.firstPage(10_000)).count());
    }

    private static <T> T onFx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void waitUntil(long seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> onFx(condition));
    }

    @Test
    void noPulseGapOver100msDuringABigUploadAndTenThousandFiles(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#filesTable").queryTableView();
        waitUntil(30, () -> table.getItems().size() == 1000);
        Path big = dir.resolve("big-upload.jsonl");
        byte[] block = new byte[1024 * 1024];
        new Random(1).nextBytes(block);
        try (OutputStream out = Files.newOutputStream(big)) {
            for (long written = 0; written < UPLOAD_BYTES; written += block.length) {
                out.write(block);
            }
        }

        // One small transfer first, as any session has had before its big one: the first row of the
        // queue loads its classes and styles once (a cold-start cost, not what this test measures).
        Path small = Files.writeString(dir.resolve("warm-up.jsonl"), "{}\n");
        long warmUp = onFx(() -> fixture.queue.enqueueUpload(fixture.client, UploadRequest.of(small, "batch")));
        waitUntil(30, () -> fixture.queue.transfers().stream().anyMatch(t -> t.id() == warmUp && t.state() == TransferState.DONE));
        waitUntil(30, () -> !fixture.window.files().busyProperty().get() && fixture.window.files().pageNumberProperty().get() == 1);

        PulseGapRecorder pulses = new PulseGapRecorder();
        onFx(() -> {
            pulses.start();
            return null;
        });
        // The upload goes through a line paced at 40 MB/s, so that it lasts while the user pages and searches.
        SlowLine line = SlowLine.to(fixture.server.baseUrl(), 40L * 1024 * 1024);
        FilesClient paced = new FilesClient(ClientConfig.of(line.through(fixture.server.baseUrl()).toString(),
                ApiKey.of(fixture.server.apiKey())));
        long uploadId = onFx(() -> fixture.queue.enqueueUpload(paced, UploadRequest.of(big, "fine-tune")));

        // Page through all ten pages of 1,000 files while the upload runs.
        for (int page = 2; page <= 10; page++) {
            robot.press(KeyCode.CONTROL, KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN, KeyCode.CONTROL);
            int expected = page;
            try {
                waitUntil(30, () -> fixture.window.files().pageNumberProperty().get() == expected
                        && !fixture.window.files().busyProperty().get() && table.getItems().size() == 1000);
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("page " + expected + " not reached: at page " + onFx(() -> fixture.window.files().pageNumberProperty().get())
                        + ", busy " + onFx(() -> fixture.window.files().busyProperty().get()) + ", rows " + onFx(() -> table.getItems().size())
                        + ", label " + onFx(() -> fixture.window.files().pageLabelProperty().get())
                        + ", focus " + onFx(() -> String.valueOf(stage.getScene().getFocusOwner())) + ", focused " + onFx(stage::isFocused));
            }
        }
        // Then search all 10,000 for one name.
        robot.clickOn("#searchField");
        onFx(() -> {
            robot.lookup("#searchField").queryAs(TextField.class).setText("row-00042");
            return null;
        });
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(60, () -> table.getItems().size() == 1
                && robot.lookup("#searchStatus").queryAs(Labeled.class).getText().contains("in all"));
        boolean overlapped = onFx(() -> fixture.queue.hasActiveTransfers());
        waitUntil(120, () -> fixture.queue.transfers().stream()
                .anyMatch(t -> t.id() == uploadId && t.state() == TransferState.DONE));
        line.close();
        onFx(() -> {
            pulses.stop();
            return null;
        });

        System.out.println("Longest pulse gap " + pulses.longestGapMillis() + " ms over " + pulses.pulses()
                + " pulses; the upload still ran after paging and searching: " + overlapped);
        assertTrue(pulses.pulses() > 30, "the FX thread pulsed: " + pulses.pulses());
        assertTrue(pulses.longestGapMillis() <= MAX_GAP_MS,
                "longest gap between pulses " + pulses.longestGapMillis() + " ms (over " + pulses.pulses() + " pulses)");
    }
}
