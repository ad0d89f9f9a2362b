package dev.filedeck.app;

import dev.filedeck.api.Version;
import dev.filedeck.settings.AppDirectories;
import javafx.application.Application;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.List;

/**
 * Starts FileDeck. A plain class, not an {@link Application}, so that a jar on the class path
 * (jpackage, a shaded build) can launch JavaFX without the launcher's module checks. Before JavaFX
 * starts it answers {@value #VERSION_FLAG}, sets up the log and the crash dialog, and prepares a
 * {@value SmokeRun#FLAG} run.
 */
public final class Main {

    static final String VERSION_FLAG = "--version";

    private Main() {
    }

    public static void main(String[] args) {
        List<String> options = List.of(args);
        if (options.contains(VERSION_FLAG)) {
            System.out.println("FileDeck " + Version.current());
            return;
        }
        StartupWarmer.start();
        SmokeRun smoke = options.contains(SmokeRun.FLAG) ? prepareSmokeRun() : null;
        AppLog log = AppLog.install(smoke != null ? smoke.logs() : AppDirectories.forCurrentUser().logs());
        CrashReporter.install(log, smoke != null ? smoke::crashed : error -> { });
        System.getLogger(Main.class.getName()).log(Level.INFO, "FileDeck {0} on Java {1}, {2} {3}", Version.current(),
                Runtime.version(), System.getProperty("os.name"), System.getProperty("os.arch"));

        // The connection (the Local sandbox's start, a keychain) opens while JavaFX starts.
        StartupWork.beginEarly(options, () -> smoke != null ? smoke.connection() : null);
        Application.launch(FileDeckApp.class, args);

        log.close();
        if (smoke != null) {
            System.exit(smoke.end());
        }
    }

    private static SmokeRun prepareSmokeRun() {
        try {
            return SmokeRun.prepare();
        } catch (IOException e) {
            System.out.println("smoke: failed, no temporary folder: " + e.getMessage());
            System.exit(1);
            return null;
        }
    }
}
