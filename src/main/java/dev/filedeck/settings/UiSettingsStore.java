package dev.filedeck.settings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads and writes {@link UiSettings} as JSON. Writes go to a temporary file that is renamed over
 * the old one, so a crash never leaves half a file. A file that cannot be read is moved aside
 * (kept, never deleted) and the defaults are used; {@link #lastProblem()} says so for the UI.
 */
public final class UiSettingsStore {

    private static final System.Logger LOG = System.getLogger(UiSettingsStore.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private volatile String lastProblem;

    public UiSettingsStore(Path file) {
        this.file = file;
    }

    /**
     * The store in the user's configuration folder, or in the folder named by the system property
     * {@code filedeck.config.dir} or the variable {@code FILEDECK_CONFIG_DIR} (tests, portable use).
     */
    public static UiSettingsStore forCurrentUser() {
        String override = System.getProperty("filedeck.config.dir", System.getenv("FILEDECK_CONFIG_DIR"));
        Path folder = override != null && !override.isBlank() ? Path.of(override) : AppDirectories.forCurrentUser().config();
        return new UiSettingsStore(folder.resolve("ui-settings.json"));
    }

    public Path file() {
        return file;
    }

    /** Blocking: call it off the FX thread (at start-up, before the window exists, is fine). */
    public UiSettings load() {
        if (!Files.exists(file)) {
            return UiSettings.defaults();
        }
        try {
            UiSettings loaded = JSON.readValue(file.toFile(), UiSettings.class);
            return loaded == null ? UiSettings.defaults() : loaded;
        } catch (IOException | RuntimeException e) {
            Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + Instant.now().getEpochSecond());
            try {
                Files.move(file, aside);
                lastProblem = "The window settings could not be read and were reset. The old file was kept as " + aside + ".";
            } catch (IOException moveFailed) {
                lastProblem = "The window settings could not be read (" + file + ") and were reset.";
            }
            LOG.log(Level.WARNING, lastProblem + " Cause: " + e.getMessage());
            return UiSettings.defaults();
        }
    }

    /** Blocking; atomic. */
    public void save(UiSettings settings) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            JSON.writeValue(temp.toFile(), settings);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** What went wrong at the last load, to show once in the UI. */
    public Optional<String> lastProblem() {
        return Optional.ofNullable(lastProblem);
    }
}
