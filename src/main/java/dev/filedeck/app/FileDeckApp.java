package dev.filedeck.app;

import dev.filedeck.settings.Capabilities;
import dev.filedeck.settings.ConnectionChoice;
import dev.filedeck.settings.ConnectionResolver;
import dev.filedeck.settings.UiSettings;
import dev.filedeck.settings.UiSettingsStore;
import dev.filedeck.transfer.TransferQueue;
import dev.filedeck.ui.AppIcons;
import dev.filedeck.ui.MainServices;
import dev.filedeck.ui.MainWindow;
import dev.filedeck.ui.SettingsKeeper;
import dev.filedeck.ui.format.DisplayFormat;
import dev.filedeck.ui.task.FxBackgroundTasks;
import dev.filedeck.ui.transfers.FolderOpener;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

import java.lang.System.Logger.Level;
import java.util.function.Supplier;

/**
 * The FileDeck desktop app: opens the active connection (the environment's provider, or the Local
 * sandbox), shows the main window, and closes everything on exit.
 */
public final class FileDeckApp extends Application {

    private static final System.Logger LOG = System.getLogger(FileDeckApp.class.getName());

    private final Supplier<ConnectionChoice> choice;
    private OpenConnection connection;
    private RuntimeException startupFailure;
    private UiSettingsStore settingsStore;
    private UiSettings settings;
    private FxBackgroundTasks tasks;
    private TransferQueue queue;
    private SettingsKeeper keeper;
    private MainWindow window;

    public FileDeckApp() {
        // A smoke run always uses its own fresh Local sandbox, whatever the environment names.
        this(() -> SmokeRun.current().map(SmokeRun::connection).orElseGet(ConnectionResolver::forThisProcess));
    }

    /** For tests: a given connection instead of the one the environment names. */
    FileDeckApp(Supplier<ConnectionChoice> choice) {
        this.choice = choice;
    }

    /** Runs on the launcher thread, not the FX thread: the sandbox and the settings mean disk and socket I/O. */
    @Override
    public void init() {
        settingsStore = UiSettingsStore.forCurrentUser();
        settings = settingsStore.load();
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
            SmokeRun.current().ifPresentOrElse(smoke -> smoke.fail("no connection: " + startupFailure.getMessage()),
                    () -> showStartupFailure(startupFailure));
            Platform.exit();
            return;
        }
        tasks = new FxBackgroundTasks();
        keeper = new SettingsKeeper(settingsStore, settings);
        queue = new TransferQueue(Platform::runLater, settings.maxConcurrentTransfers());
        MainServices services = new MainServices(connection.client(), connection.summary(), Capabilities.openAi(), keeper,
                tasks, queue, FolderOpener.using(getHostServices()), DisplayFormat.system(),
                settingsStore.lastProblem().orElse(null));
        window = new MainWindow(stage, services);
        window.setBrowser(this::openInBrowser);
        AppIcons.applyTo(stage);
        window.show();
        SmokeRun.current().ifPresent(smoke -> smoke.watch(stage, window.files()));
    }

    /** On a daemon thread: on Linux, host services look for a browser program and wait for that search. */
    private void openInBrowser(String url) {
        Thread opener = new Thread(() -> getHostServices().showDocument(url), "filedeck-open-link");
        opener.setDaemon(true);
        opener.start();
    }

    /** The main window, for tests. */
    MainWindow window() {
        return window;
    }

    private static void showStartupFailure(RuntimeException failure) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(MainWindow.TITLE);
        alert.setHeaderText("FileDeck could not open its connection");
        alert.setContentText(failure.getMessage());
        alert.showAndWait();
    }

    @Override
    public void stop() {
        if (queue != null) {
            queue.close();
        }
        if (tasks != null) {
            tasks.close();
        }
        if (keeper != null) {
            keeper.close();
        }
        if (connection != null) {
            connection.close();
        }
    }
}
