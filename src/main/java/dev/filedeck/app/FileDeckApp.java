package dev.filedeck.app;

import dev.filedeck.settings.ConnectionChoice;
import dev.filedeck.settings.ConnectionResolver;
import dev.filedeck.ui.MainWindow;
import dev.filedeck.ui.files.FileCatalog;
import dev.filedeck.ui.files.FilesViewModel;
import dev.filedeck.ui.format.DisplayFormat;
import dev.filedeck.ui.task.FxBackgroundTasks;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

import java.lang.System.Logger.Level;
import java.util.function.Supplier;

/**
 * The FileDeck desktop app: opens the active connection (the environment's provider, or the Local
 * sandbox), shows the main window, and closes the connection on exit.
 */
public final class FileDeckApp extends Application {

    private static final System.Logger LOG = System.getLogger(FileDeckApp.class.getName());

    private final Supplier<ConnectionChoice> choice;
    private OpenConnection connection;
    private RuntimeException startupFailure;
    private FxBackgroundTasks tasks;

    public FileDeckApp() {
        this(ConnectionResolver::forThisProcess);
    }

    /** For tests: a given connection instead of the one the environment names. */
    FileDeckApp(Supplier<ConnectionChoice> choice) {
        this.choice = choice;
    }

    /** Runs on the launcher thread, not the FX thread: starting the Local sandbox does disk and socket I/O. */
    @Override
    public void init() {
        try {
            connection = OpenConnection.open(choice.get());
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Cannot open the connection", e);
            startupFailure = e;
        }
    }

    @Override
    public void start(Stage stage) {
        if (startupFailure != null) {
            showStartupFailure(startupFailure);
            Platform.exit();
            return;
        }
        tasks = new FxBackgroundTasks();
        FilesViewModel files = new FilesViewModel(FileCatalog.of(connection.client()), connection.summary(), tasks,
                DisplayFormat.system());
        new MainWindow(stage, files).show();
    }

    private static void showStartupFailure(RuntimeException failure) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(MainWindow.TITLE);
        alert.setHeaderText("FileDeck could not open its connection");
        alert.setContentText(failure.getMessage());
        alert.getDialogPane().getStylesheets().add(MainWindow.stylesheet());
        alert.showAndWait();
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.close();
        }
        if (connection != null) {
            connection.close();
        }
    }
}
