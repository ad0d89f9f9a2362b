package dev.filedeck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filedeck.api.Version;
import dev.filedeck.settings.UiSettings;
import dev.filedeck.ui.about.AboutDialog;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help › About FileDeck, from the menu of the real main window. */
@ExtendWith({ApplicationExtension.class, FxThreadFailures.class})
class AboutTest {

    @TempDir
    Path dir;
    private MainWindowFixture fixture;
    private Stage stage;
    private final List<String> opened = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture = new MainWindowFixture(dir, true, UiSettings.defaults());
        fixture.show(stage).setBrowser(opened::add);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> List.copyOf(Window.getWindows()).forEach(Window::hide)).get(10, TimeUnit.SECONDS);
        fixture.close();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    private static String text(DialogPane pane, String id) throws Exception {
        return onFx(() -> ((Labeled) pane.lookup(id)).getText());
    }

    @Test
    void showsVersionLicenseAndProjectLinkAndOpensTheLink(FxRobot robot) throws Exception {
        robot.clickOn("Help").clickOn("About FileDeck");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup("#aboutRoot").tryQuery().isPresent()));
        DialogPane pane = onFx(() -> (DialogPane) robot.lookup(".dialog-pane").match(node -> node.lookup("#aboutRoot") != null).query());

        assertEquals(AboutDialog.TITLE, onFx(() -> ((Stage) pane.getScene().getWindow()).getTitle()));
        assertEquals("FileDeck", text(pane, "#nameLabel"));
        assertEquals("Version " + Version.current(), text(pane, "#versionLabel"));
        assertEquals("A desktop client for OpenAI-compatible Files APIs.", text(pane, "#descriptionLabel"));
        assertEquals("Free software under the MIT License.", text(pane, "#licenseLabel"));
        assertTrue(text(pane, "#runtimeLabel").startsWith("Java " + Runtime.version()), text(pane, "#runtimeLabel"));
        assertTrue(text(pane, "#logsLabel").startsWith("Log files: "), text(pane, "#logsLabel"));
        String link = text(pane, "#projectLink");
        assertTrue(link.startsWith("https://"), link);

        robot.clickOn((Hyperlink) pane.lookup("#projectLink"));
        assertEquals(List.of(link), opened);

        robot.clickOn("Close");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup("#aboutRoot").tryQuery().isEmpty()));
    }
}
