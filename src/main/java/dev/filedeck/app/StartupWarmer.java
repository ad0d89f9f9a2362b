package dev.filedeck.app;

import java.lang.System.Logger.Level;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import javax.net.ssl.SSLContext;

/**
 * Work every start needs but not the window: the JVM's TLS set-up (the trusted certificates are read
 * and parsed once, then cached for every HttpClient) and the JSON mappers' class initialization. It
 * runs on a second thread while JavaFX starts its toolkit, instead of one after the other before the
 * first frame. It only fills caches: whatever it has not done yet when the app needs it, the app
 * does itself.
 */
final class StartupWarmer {

    /** Classes whose static ObjectMapper the first list and the sandbox need. */
    private static final List<String> CLASSES = List.of(
            "dev.filedeck.settings.UiSettingsStore",
            "dev.filedeck.sandbox.Json",
            "dev.filedeck.sandbox.Sidecars",
            "dev.filedeck.api.JsonAnswers",
            "dev.filedeck.api.ErrorAnswers");

    private StartupWarmer() {
    }

    static void start() {
        Thread thread = new Thread(StartupWarmer::warm, "filedeck-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void warm() {
        try {
            SSLContext.getDefault();
            for (String name : CLASSES) {
                Class.forName(name, true, StartupWarmer.class.getClassLoader());
            }
        } catch (ClassNotFoundException | NoSuchAlgorithmException | LinkageError e) {
            // Only a cache: the app meets the same problem later, where it is reported properly.
            System.getLogger(StartupWarmer.class.getName()).log(Level.DEBUG, "Warm-up stopped", e);
        }
    }
}
