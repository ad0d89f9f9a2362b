package dev.filedeck.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where FileDeck keeps its data, configuration and logs, following each operating system's
 * convention (XDG on Linux, AppData on Windows, Application Support on macOS).
 */
public record AppDirectories(Path data, Path config, Path logs) {

    private static final String APP = "FileDeck";

    /** The directories for the current user and operating system. */
    public static AppDirectories forCurrentUser() {
        return resolve(System.getProperty("os.name", ""), Path.of(System.getProperty("user.home", ".")), System.getenv());
    }

    /** Resolves the directories from explicit inputs, so that every platform's rule can be tested anywhere. */
    static AppDirectories resolve(String osName, Path home, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            Path roaming = envPath(env, "APPDATA", home.resolve("AppData").resolve("Roaming"));
            Path local = envPath(env, "LOCALAPPDATA", home.resolve("AppData").resolve("Local"));
            return new AppDirectories(local.resolve(APP), roaming.resolve(APP), local.resolve(APP).resolve("logs"));
        }
        if (os.startsWith("mac")) {
            Path support = home.resolve("Library").resolve("Application Support").resolve(APP);
            return new AppDirectories(support, support, home.resolve("Library").resolve("Logs").resolve(APP));
        }
        Path data = envPath(env, "XDG_DATA_HOME", home.resolve(".local").resolve("share")).resolve("filedeck");
        Path config = envPath(env, "XDG_CONFIG_HOME", home.resolve(".config")).resolve("filedeck");
        Path state = envPath(env, "XDG_STATE_HOME", home.resolve(".local").resolve("state")).resolve("filedeck");
        return new AppDirectories(data, config, state.resolve("logs"));
    }

    /**
     * Where this process keeps its configuration: the system property {@code filedeck.config.dir} or
     * the variable {@code FILEDECK_CONFIG_DIR} when set (tests, smoke runs, portable use), otherwise
     * the user's configuration folder.
     */
    public static Path configFolder() {
        String override = System.getProperty("filedeck.config.dir", System.getenv("FILEDECK_CONFIG_DIR"));
        return override != null && !override.isBlank() ? Path.of(override) : forCurrentUser().config();
    }

    /** The Local sandbox's default data directory. */
    public Path sandboxData() {
        return data.resolve("sandbox");
    }

    private static Path envPath(Map<String, String> env, String name, Path fallback) {
        String value = env.get(name);
        // XDG says relative values are invalid and must be ignored.
        if (value == null || value.isBlank() || !Path.of(value).isAbsolute()) {
            return fallback;
        }
        return Path.of(value);
    }
}
