package dev.filedeck.app;

import dev.filedeck.connection.ConnectionChoice;
import dev.filedeck.connection.ConnectionResolver;
import dev.filedeck.ui.files.FileRow;
import dev.filedeck.ui.files.FilesViewModel;
import dev.filedeck.ui.files.ListState;
import dev.filedeck.ui.files.LoadFailure;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code FileDeck --smoke}: proves that an installed FileDeck starts. It opens the main window on a
 * Local sandbox in a fresh temporary folder (settings and log there too, nothing of the user's is
 * read or changed), waits until the first list of files is shown, prints what it showed and exits 0;
 * it exits non-zero when listing fails, the list is empty (a new sandbox has sample files), anything
 * throws, or nothing is listed within {@link #TIMEOUT}. Packaging uses it as the AppCDS training run.
 */
final class SmokeRun {

    static final String FLAG = "--smoke";
    static final Duration TIMEOUT = Duration.ofSeconds(25);
    private static final Duration EXIT_GRACE = Duration.ofSeconds(5);
    private static final int UNDECIDED = -1;

    private static volatile SmokeRun current;

    private final Path folder;
    private final PrintStream out;
    private final Runnable exitApp;
    private final AtomicInteger exitCode = new AtomicInteger(UNDECIDED);
    /** When main() began; the JVM's own start-up before it is what packaging/measure.sh adds by timing from outside. */
    private final long startNanos = System.nanoTime();

    /**
     * @param folder the temporary folder, with the sandbox, the settings and the log
     * @param out where the report goes
     * @param exitApp stops the app once the run is decided
     */
    SmokeRun(Path folder, PrintStream out, Runnable exitApp) {
        this.folder = folder;
        this.out = out;
        this.exitApp = exitApp;
    }

    /**
     * Makes the temporary folder, points the sandbox and the settings at it, and starts the clock.
     * Call before the app is launched.
     */
    static SmokeRun prepare() throws IOException {
        Path folder = Files.createTempDirectory("filedeck-smoke-");
        System.setProperty(ConnectionResolver.SANDBOX_DIR_PROPERTY, folder.resolve("sandbox").toString());
        System.setProperty("filedeck.config.dir", folder.resolve("config").toString());
        SmokeRun run = new SmokeRun(folder, System.out, SmokeRun::exitJavaFx);
        run.startTimeout();
        current = run;
        return run;
    }

    /** The smoke run of this process, if it is one. */
    static Optional<SmokeRun> current() {
        return Optional.ofNullable(current);
    }

    /** The Local sandbox in the temporary folder, whatever the environment says. */
    ConnectionChoice connection() {
        return new ConnectionChoice.LocalSandbox(folder.resolve("sandbox"));
    }

    Path logs() {
        return folder.resolve("logs");
    }

    /** Reports the window's first frame. Call on the FX thread right after the window is shown. */
    void watchFirstFrame(Stage stage) {
        onNextPulse(stage.getScene(), () -> out.println("smoke: first frame " + sinceStart() + " after main() started, "
                + cpuTime() + " of CPU time"));
    }

    /** Watches the window until its first list is on screen. Call on the FX thread once the files view is built. */
    void watchFirstList(Stage stage, FilesViewModel files) {
        Scene scene = stage.getScene();
        Runnable check = () -> {
            ListState state = files.stateProperty().get();
            if (state == ListState.READY) {
                // Listed: report it once the rows had a pulse to be laid out and drawn.
                onNextPulse(scene, () -> succeed(files));
            } else if (state == ListState.EMPTY) {
                fail("the list is empty, but a new Local sandbox has sample files");
            } else if (state == ListState.FAILED) {
                LoadFailure failure = files.failureProperty().get();
                fail(failure == null ? "listing failed" : failure.title() + ": " + failure.message());
            }
        };
        files.stateProperty().addListener((o, old, now) -> check.run());
        check.run();
    }

    /** An uncaught exception anywhere fails the run. */
    void crashed(Throwable error) {
        finish(1, "smoke: failed, unexpected " + CrashDialog.summary(error));
    }

    /** The app could not open its window. */
    void fail(String why) {
        finish(1, "smoke: failed, " + why);
    }

    private void succeed(FilesViewModel files) {
        if (exitCode.get() != UNDECIDED) {
            return;
        }
        String names = files.rows().stream().map(FileRow::name)
                .collect(Collectors.joining(", "));
        out.println("smoke: first list shown " + sinceStart() + " after main() started");
        finish(0, "smoke: listed " + files.rows().size() + " files: " + names);
    }

    private void finish(int code, String line) {
        if (!exitCode.compareAndSet(UNDECIDED, code)) {
            return;
        }
        out.println(line);
        out.flush();
        exitApp.run();
    }

    /** The exit status so far: 0 passed, 1 or 2 failed, -1 not decided yet. */
    int exitCode() {
        return exitCode.get();
    }

    private static void exitJavaFx() {
        try {
            Platform.exit();
        } catch (IllegalStateException notStarted) {
            // The toolkit never started: the launcher returns by itself.
        }
    }

    /**
     * After the app has stopped: the exit status, with the temporary folder removed after a pass
     * and kept (its path printed, with the log in it) after a failure.
     */
    int end() {
        finish(1, "smoke: failed, the app closed before it listed any file");
        int code = exitCode.get();
        if (code == 0) {
            deleteQuietly(folder);
        } else {
            out.println("smoke: kept " + folder + " (log in " + logs() + ")");
        }
        return code;
    }

    /** A run that hangs still ends: after the timeout it fails, and a toolkit that does not stop is halted. */
    private void startTimeout() {
        Thread timer = new Thread(() -> {
            try {
                Thread.sleep(TIMEOUT.toMillis());
                finish(2, "smoke: failed, no list within " + TIMEOUT.toSeconds() + " s");
                Thread.sleep(EXIT_GRACE.toMillis());
                out.println("smoke: the app did not stop, halting");
                out.flush();
                Runtime.getRuntime().halt(3);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "filedeck-smoke-timeout");
        timer.setDaemon(true);
        timer.start();
    }

    private static void onNextPulse(Scene scene, Runnable action) {
        Runnable once = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                // Rendering follows layout in the same pulse: run after it.
                Platform.runLater(action);
            }
        };
        scene.addPostLayoutPulseListener(once);
        Platform.requestNextPulse();
    }

    /**
     * The CPU time all the process's threads used so far, the JVM's start-up included: on a busy
     * machine it varies much less than the time on the clock.
     */
    private static String cpuTime() {
        return ProcessHandle.current().info().totalCpuDuration().map(cpu -> cpu.toMillis() + " ms").orElse("unknown");
    }

    private String sinceStart() {
        return Duration.ofNanos(System.nanoTime() - startNanos).toMillis() + " ms";
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            System.err.println("smoke: could not remove " + folder + ": " + e.getMessage());
        }
    }
}
