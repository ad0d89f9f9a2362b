package dev.filedeck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An exception nobody caught, on the FX thread or another: logged with its stack trace, and one
 * dialog that names the log file. Installs the reporter as the default handler for the test only.
 */
class CrashReporterTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private final List<Throwable> told = new CopyOnWriteArrayList<>();
    private Thread.UncaughtExceptionHandler previous;
    private AppLog log;

    @BeforeEach
    void install() throws Exception {
        FxToolkit.registerPrimaryStage();
        log = AppLog.install(dir.resolve("logs"));
        previous = Thread.getDefaultUncaughtExceptionHandler();
        CrashReporter.install(log, told::add);
    }

    @AfterEach
    void restore() throws Exception {
        Thread.setDefaultUncaughtExceptionHandler(previous);
        WaitForAsyncUtils.asyncFx(() -> List.copyOf(Window.getWindows()).forEach(Window::hide)).get(10, TimeUnit.SECONDS);
        log.close();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    private List<DialogPane> crashDialogs() throws Exception {
        return onFx(() -> Window.getWindows().stream().filter(Window::isShowing)
                .map(window -> window.getScene().getRoot())
                .filter(root -> root instanceof DialogPane pane && CrashDialog.HEADER.equals(pane.getHeaderText()))
                .map(DialogPane.class::cast).toList());
    }

    @Test
    void aFailureOnTheFxThreadIsLoggedAndShownWithTheLogFile() throws Exception {
        Platform.runLater(() -> {
            throw new IllegalStateException("the table could not be drawn");
        });

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> crashDialogs().size() == 1);
        DialogPane dialog = crashDialogs().get(0);
        String content = onFx(() -> ((javafx.scene.control.Labeled) dialog.lookup("#crashSummary")).getText());
        assertTrue(content.startsWith("IllegalStateException: the table could not be drawn"), content);
        assertEquals(log.file().orElseThrow().toString(), onFx(() -> ((TextField) dialog.lookup("#crashLogFile")).getText()));
        assertTrue(onFx(() -> !((Stage) dialog.getScene().getWindow()).getIcons().isEmpty()), "the dialog has FileDeck's icon");

        log.flush();
        String logged = Files.readString(log.file().orElseThrow());
        assertTrue(logged.contains("SEVERE  dev.filedeck.app.CrashReporter"), logged);
        assertTrue(logged.contains("Uncaught exception on thread JavaFX Application Thread"), logged);
        assertTrue(logged.contains("java.lang.IllegalStateException: the table could not be drawn")
                && logged.contains("\tat dev.filedeck.app.CrashReporterTest"), "with the stack trace:\n" + logged);
        assertEquals(1, told.size());
    }

    @Test
    void failuresOnOtherThreadsShowOneDialogAtATimeAndAreAllLogged() throws Exception {
        for (int i = 1; i <= 3; i++) {
            int n = i;
            Thread worker = new Thread(() -> {
                throw new IllegalArgumentException("worker " + n + " failed");
            }, "worker-" + i);
            worker.start();
            worker.join();
        }

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> crashDialogs().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, crashDialogs().size(), "not a stack of dialogs");
        log.flush();
        String logged = Files.readString(log.file().orElseThrow());
        for (int i = 1; i <= 3; i++) {
            assertTrue(logged.contains("Uncaught exception on thread worker-" + i), logged);
        }

        // Closed, the next failure shows a dialog again.
        robot.clickOn("OK");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> crashDialogs().isEmpty());
        Thread late = new Thread(() -> {
            throw new IllegalStateException("later");
        });
        late.start();
        late.join();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> crashDialogs().size() == 1);
    }
}
