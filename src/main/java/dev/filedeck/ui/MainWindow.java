package dev.filedeck.ui;

import dev.filedeck.ui.files.FilesView;
import dev.filedeck.ui.files.FilesViewModel;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Stage;

import java.util.Objects;

/** The main window: the files view, the app's stylesheet and window-wide shortcuts. */
public final class MainWindow {

    public static final String TITLE = "FileDeck";
    static final double DEFAULT_WIDTH = 1100;
    static final double DEFAULT_HEIGHT = 700;

    private final Stage stage;
    private final FilesViewModel files;

    public MainWindow(Stage stage, FilesViewModel files) {
        this.stage = stage;
        this.files = files;
    }

    /** Shows the window and starts listing the files. */
    public void show() {
        Scene scene = new Scene(new FilesView(files), DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene.getStylesheets().add(stylesheet());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), files::refresh);
        stage.setTitle(TITLE);
        stage.setMinWidth(640);
        stage.setMinHeight(400);
        stage.setScene(scene);
        stage.show();
        files.refresh();
    }

    /** The look shared by every view; each view adds its own sheet on top. */
    public static String stylesheet() {
        return Objects.requireNonNull(MainWindow.class.getResource("filedeck.css"), "filedeck.css").toExternalForm();
    }
}
