package dev.filedeck.app;

import dev.filedeck.sandbox.SandboxConfig;
import dev.filedeck.sandbox.SandboxServer;
import dev.filedeck.connection.ConnectionChoice;
import dev.filedeck.ui.FxThreadFailures;
import javafx.application.Application;
import javafx.scene.image.Image;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole app, as `javafx:run` starts it, on a Local sandbox in a temporary directory. */
@ExtendWith(FxThreadFailures.class)
class FileDeckAppTest {

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private Application app;

    @BeforeEach
    void launch() throws Exception {
        // The window remembers its state: keep this run's memory out of the user's own folder.
        System.setProperty("filedeck.config.dir", dataDir.resolve("config").toString());
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new FileDeckApp(() -> new ConnectionChoice.LocalSandbox(dataDir)));
    }

    @AfterEach
    void quit() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void opensOnTheLocalSandboxAndListsItsSampleFiles() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.waitForAsyncFx(5000,
                () -> robot.lookup("#filesTable").tryQuery().isPresent() && robot.lookup("#filesTable").queryTableView().getItems().size() == 4));

        assertEquals("FileDeck — Local sandbox", WaitForAsyncUtils.waitForAsyncFx(5000, stage::getTitle));
        String page = WaitForAsyncUtils.waitForAsyncFx(5000, () -> robot.lookup("#pageLabel").queryAs(Labeled.class).getText());
        assertEquals("Files 1–4", page);
        String connection = WaitForAsyncUtils.waitForAsyncFx(5000, () -> robot.lookup("#connectionLabel").queryAs(Labeled.class).getText());
        assertTrue(connection.startsWith("Local sandbox — http://127.0.0.1:"), connection);
        String summary = WaitForAsyncUtils.waitForAsyncFx(5000, () -> robot.lookup("#filesLabel").queryAs(Labeled.class).getText());
        assertTrue(summary.startsWith("4 files loaded"), summary);
        // FileDeck's icon, in the sizes window managers and task bars pick from.
        assertEquals(List.of(16.0, 32.0, 48.0, 64.0, 128.0, 256.0),
                WaitForAsyncUtils.waitForAsyncFx(5000, () -> stage.getIcons().stream().map(Image::getWidth).toList()));
    }

    @Test
    void closesTheSandboxOnExit() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.waitForAsyncFx(5000, () -> robot.lookup("#filesTable").tryQuery().isPresent()));
        TableView<?> table = WaitForAsyncUtils.waitForAsyncFx(5000, () -> robot.lookup("#filesTable").queryTableView());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.waitForAsyncFx(5000, () -> table.getItems().size() == 4));

        FxToolkit.cleanupApplication(app);
        app = null;

        // The sandbox holds a lock on its data directory while it runs.
        try (SandboxServer next = SandboxServer.start(SandboxConfig.forTests(dataDir))) {
            assertTrue(next.port() > 0);
        }
    }
}
