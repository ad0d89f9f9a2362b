package dev.filedeck.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * FileDeck's log: java.util.logging (the System.Logger backend) into rotating files in the
 * operating system's log folder (see {@link dev.filedeck.settings.AppDirectories#logs()}):
 * filedeck-0.log is the newest, up to {@value #COUNT} files of about 1 MB each are kept.
 * Credentials are masked by {@link LogFormat}.
 */
public final class AppLog {

    static final String PATTERN = "filedeck-%g.log";
    static final int LIMIT_BYTES = 1_000_000;
    static final int COUNT = 5;

    private final Path folder;
    private final Handler handler;
    private final String problem;

    private AppLog(Path folder, Handler handler, String problem) {
        this.folder = folder;
        this.handler = handler;
        this.problem = problem;
    }

    /**
     * Sends every logger's records at INFO and above to the files in {@code folder}. A folder that
     * cannot be written does not stop the app: it runs without a log file and says why.
     */
    /** Held here: java.util.logging keeps only weak references to configured loggers. */
    private static final Logger QUIET = Logger.getLogger("org.freedesktop");

    public static AppLog install(Path folder) {
        return install(folder, LIMIT_BYTES, COUNT);
    }

    static AppLog install(Path folder, int limitBytes, int count) {
        try {
            Files.createDirectories(folder);
            FileHandler handler = new FileHandler(folder.resolve(PATTERN).toString(), limitBytes, count, true);
            handler.setEncoding("UTF-8");
            handler.setFormatter(new LogFormat());
            handler.setLevel(Level.INFO);
            Logger root = Logger.getLogger("");
            root.addHandler(handler);
            if (root.getLevel() == null || root.getLevel().intValue() > Level.INFO.intValue()) {
                root.setLevel(Level.INFO);
            }
            // The keychain's D-Bus library reports every connection and signal at INFO: only its problems matter.
            QUIET.setLevel(Level.WARNING);
            return new AppLog(folder, handler, null);
        } catch (IOException | RuntimeException e) {
            String problem = "No log file: " + folder + " cannot be written (" + e.getMessage() + ")";
            System.err.println("FileDeck: " + problem);
            return new AppLog(folder, null, problem);
        }
    }

    /** The file being written now, or empty when there is none (see {@link #problem()}). */
    public Optional<Path> file() {
        return handler == null ? Optional.empty() : Optional.of(folder.resolve(PATTERN.replace("%g", "0")));
    }

    public Path folder() {
        return folder;
    }

    /** Why there is no log file, or empty. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** Writes out what is buffered. */
    public void flush() {
        if (handler != null) {
            handler.flush();
        }
    }

    /** Stops writing to the files (the app's last step; tests). */
    public void close() {
        if (handler != null) {
            Logger.getLogger("").removeHandler(handler);
            handler.close();
        }
    }
}
