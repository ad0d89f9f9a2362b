package dev.filedeck.settings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads and writes {@link UiSettings} as JSON, atomically (see {@link JsonFile}). A file that
 * cannot be read is moved aside and the defaults are used; {@link #lastProblem()} says so for the UI.
 */
public final class UiSettingsStore {

    private final JsonFile<UiSettings> file;
    private volatile String lastProblem;

    public UiSettingsStore(Path file) {
        this.file = new JsonFile<>(file, UiSettings.class, "The window settings", false);
    }

    /**
     * The store in the user's configuration folder, or in the folder named by the system property
     * {@code filedeck.config.dir} or the variable {@code FILEDECK_CONFIG_DIR} (tests, portable use).
     */
    public static UiSettingsStore forCurrentUser() {
        return new UiSettingsStore(AppDirectories.configFolder().resolve("ui-settings.json"));
    }

    public Path file() {
        return file.path();
    }

    /** Blocking: call it off the FX thread (at start-up, before the window exists, is fine). */
    public UiSettings load() {
        JsonFile.Loaded<UiSettings> loaded = file.load(UiSettings::defaults);
        loaded.problem().ifPresent(problem -> lastProblem = problem);
        return loaded.value();
    }

    /** Blocking; atomic. */
    public void save(UiSettings settings) throws IOException {
        file.save(settings);
    }

    /** What went wrong at the last load, to show once in the UI. */
    public Optional<String> lastProblem() {
        return Optional.ofNullable(lastProblem);
    }
}
