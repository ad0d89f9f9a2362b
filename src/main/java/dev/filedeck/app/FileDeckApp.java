package dev.filedeck.app;

import dev.filedeck.connection.ConnectionChoice;
import dev.filedeck.connection.ConnectionManager;
import dev.filedeck.connection.ConnectionResolver;
import dev.filedeck.connection.KeyVault;
import dev.filedeck.connection.OpenConnection;
import dev.filedeck.connection.ProfileStore;
import dev.filedeck.connection.StartupOptions;
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
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The FileDeck desktop app: opens the connection the command line, the environment or the last
 * session names (the Local sandbox when none), shows the main window, and closes everything on exit.
 */
public final class FileDeckApp extends Application {

    private static final System.Logger LOG = System.getLogger(FileDeckApp.class.getName());

    private final Supplier<ConnectionChoice> forcedChoice;
    private ConnectionManager connections;
    private OpenConnection connection;
    /** A saved connection whose key must be asked for: the window opens on the sandbox and then asks. */
    private ConnectionChoice.Saved awaitingKey;
    private RuntimeException startupFailure;
    private UiSettingsStore settingsStore;
    private UiSettings settings;
    private FxBackgroundTasks tasks;
    private TransferQueue queue;
    private SettingsKeeper keeper;
    private MainWindow window;

    public FileDeckApp() {
        // A smoke run always uses its own fresh Local sandbox, whatever the environment names.
        this(() -> SmokeRun.current().<ConnectionChoice>map(SmokeRun::connection).orElse(null));
    }

    /** For tests: a given connection instead of the one the command line and environment name. */
    FileDeckApp(Supplier<ConnectionChoice> choice) {
        this.forcedChoice = choice;
    }

    /** Runs on the launcher thread, not the FX thread: the sandbox, the keychain and the settings mean I/O. */
    @Override
    public void init() {
        settingsStore = UiSettingsStore.forCurrentUser();
        settings = settingsStore.load();
        Map<String, String> env = System.getenv();
        String sandboxDir = System.getProperty(ConnectionResolver.SANDBOX_DIR_PROPERTY);
        try {
            ConnectionChoice forced = forcedChoice == null ? null : forcedChoice.get();
            ConnectionChoice.LocalSandbox sandbox = forced instanceof ConnectionChoice.LocalSandbox local
                    ? local : ConnectionResolver.sandbox(env, sandboxDir);
            connections = new ConnectionManager(ProfileStore.forCurrentUser(), KeyVault.forCurrentUser(),
                    ConnectionResolver.environment(env).orElse(null), sandbox);
            ConnectionChoice choice = forced != null ? forced
                    : ConnectionResolver.resolve(StartupOptions.parse(getParameters().getRaw()), env, sandboxDir, connections.saved());
            connection = openOrFallBack(choice, sandbox);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Cannot open the connection", e);
            startupFailure = e;
        }
    }

    /** A saved connection that cannot open without the person (key to type, keychain locked) waits on the sandbox. */
    private OpenConnection openOrFallBack(ConnectionChoice choice, ConnectionChoice.LocalSandbox sandbox) {
        try {
            return connections.open(choice);
        } catch (ConnectionManager.KeyNeeded | dev.filedeck.connection.SecretStoreException e) {
            LOG.log(Level.INFO, "Opening on the Local sandbox first: " + e.getMessage());
            awaitingKey = (ConnectionChoice.Saved) choice;
            try {
                return connections.open(sandbox);
            } catch (ConnectionManager.KeyNeeded | dev.filedeck.connection.SecretStoreException impossible) {
                throw new IllegalStateException(impossible);
            }
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
        String notice = Stream.of(settingsStore.lastProblem(), connections.loadProblem())
                .flatMap(java.util.Optional::stream).collect(Collectors.joining(" "));
        MainServices services = new MainServices(connections, connection, keeper, tasks, queue,
                FolderOpener.using(getHostServices()), DisplayFormat.system(), notice.isEmpty() ? null : notice);
        window = new MainWindow(stage, services);
        window.setBrowser(this::openInBrowser);
        AppIcons.applyTo(stage);
        window.show();
        if (awaitingKey != null) {
            window.switchTo(awaitingKey); // asks for the key over the window
        }
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
        if (connections != null) {
            connections.close();
        }
    }
}
