package dev.filedeck.ui;

import dev.filedeck.api.FilePage;
import dev.filedeck.api.PagingMode;
import dev.filedeck.settings.ConnectionSummary;
import dev.filedeck.ui.files.FileCatalog;
import dev.filedeck.ui.files.FilesViewModel;
import dev.filedeck.ui.format.DisplayFormat;
import dev.filedeck.ui.task.FxBackgroundTasks;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

@ExtendWith({ApplicationExtension.class, FxThreadFailures.class})
class MainWindowTest {

    private final AtomicInteger listings = new AtomicInteger();
    private final FxBackgroundTasks tasks = new FxBackgroundTasks();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        FileCatalog catalog = query -> {
            listings.incrementAndGet();
            return new FilePage(List.of(), null, null, false, null, null, PagingMode.CURSOR);
        };
        FilesViewModel files = new FilesViewModel(catalog, new ConnectionSummary("Environment", URI.create("https://api.openai.com/v1")),
                tasks, DisplayFormat.system());
        new MainWindow(stage, files).show();
    }

    @AfterEach
    void closeTasks() {
        tasks.close();
    }

    @Test
    void opensTitledAtItsDefaultSizeAndListsTheFiles() throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> listings.get() == 1);

        assertEquals("FileDeck", stage.getTitle());
        assertEquals(MainWindow.DEFAULT_WIDTH, stage.getScene().getWidth());
        assertEquals(MainWindow.DEFAULT_HEIGHT, stage.getScene().getHeight());
    }

    @Test
    void f5ListsTheFilesAgain(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> listings.get() == 1);

        robot.press(KeyCode.F5).release(KeyCode.F5);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> listings.get() == 2);
    }
}
