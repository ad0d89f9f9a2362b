package dev.filedeck.app;

import dev.filedeck.connection.ConnectionChoice;
import dev.filedeck.connection.ConnectionManager;
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

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The FileDeck desktop app: opens the connection the command line, the environment or the last
 * session names (the Local sandbox when none), shows the main window, and closes everything on exit.
 */
public final class FileDeckApp extends Application {

    private final Supplier<ConnectionChoice> forcedChoice;
    private CompletableFuture<StartupWork.Opened> opening;
    private ConnectionManager connections;
    private UiSettingsStore settingsStore;
    private UiSettings settings;
    private FxBackgroundTasks tasks;
    private TransferQueue queue;
    private SettingsKeeper keeper;
    private MainWindow window;

    public FileDeckApp() {
        this(null); // Main opens the connection, a smoke run's own sandbox included (see StartupWork)
    }

    /** For tests: a given connection instead of the one the command line and environment name. */
    FileDeckApp(Supplier<ConnectionChoice> choice) {
        this.forcedChoice = choice;
    }

    /**
     * Runs on the launcher thread, not the FX thread. Reads the window settings (the first frame
     * needs the window's place and theme); the connection opens on a thread of its own, started by
     * {@link Main} before JavaFX, or here when the app was started another way (tests).
     */
    @Override
    public void init() {
        settingsStore = UiSettingsStore.forCurrentUser();
        settings = settingsStore.load();
        opening = StartupWork.takeEarly().orElseGet(() -> StartupWork.begin(getParameters().getRaw(), forcedChoice));
    }

    /** Shows the window at once, then fills it when the connection is open. */
    @Override
    public void start(Stage stage) {
        MainWindow.showOpening(stage, settings, "Opening the connection…");
        AppIcons.applyTo(stage);
        SmokeRun.current().ifPresent(smoke -> smoke.watchFirstFrame(stage));
        // Build the real window only once the first frame is out, even when the connection is already open.
        afterNextFrame(stage.getScene(), () -> opening.whenComplete((opened, error) -> Platform.runLater(() -> {
            if (error != null) {
                failedToOpen(error instanceof java.util.concurrent.CompletionException ? error.getCause() : error);
            } else {
                showWindow(stage, opened);
            }
        })));
    }

    private static void afterNextFrame(javafx.scene.Scene scene, Runnable action) {
        Runnable once = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(action); // after this pulse, whose frame then goes to the screen
            }
        };
        scene.addPostLayoutPulseListener(once);
        Platform.requestNextPulse();
    }

    private void showWindow(Stage stage, StartupWork.Opened opened) {
        connections = opened.connections();
        tasks = new FxBackgroundTasks();
        keeper = new SettingsKeeper(settingsStore, settings);
        queue = new TransferQueue(Platform::runLater, settings.maxConcurrentTransfers());
        String notice = Stream.of(settingsStore.lastProblem(), connections.loadProblem())
                .flatMap(java.util.Optional::stream).collect(Collectors.joining(" "));
        MainServices services = new MainServices(connections, opened.connection(), keeper, tasks, queue,
                FolderOpener.using(getHostServices()), DisplayFormat.system(), notice.isEmpty() ? null : notice);
        window = new MainWindow(stage, services);
        window.setBrowser(this::openInBrowser);
        window.show();
        if (opened.awaitingKey() != null) {
            window.switchTo(opened.awaitingKey()); // asks for the key over the window
        }
        SmokeRun.current().ifPresent(smoke -> smoke.watchFirstList(stage, window.files()));
    }

    private void failedToOpen(Throwable failure) {
        if (SmokeRun.current().isPresent()) {
            SmokeRun.current().get().fail("no connection: " + failure.getMessage());
        } else {
            showStartupFailure(failure);
        }
        Platform.exit();
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

    private static void showStartupFailure(Throwable failure) {
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
        } else if (opening != null) {
            // Quit before the window was filled: the sandbox may still be starting; stop it when it has.
            opening.thenAccept(opened -> opened.connections().close());
        }
    }
}
