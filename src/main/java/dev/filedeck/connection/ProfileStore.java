package dev.filedeck.connection;

import dev.filedeck.settings.AppDirectories;
import dev.filedeck.settings.JsonFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The saved connections, in {@code connections.json} in the configuration folder. Never holds a
 * key (see {@link KeyVault}). Saving is atomic; a file that cannot be read is moved aside, kept,
 * and FileDeck starts without profiles and says so.
 */
public final class ProfileStore {

    public static final String FILE_NAME = "connections.json";

    private final JsonFile<SavedConnections> file;
    private volatile String lastProblem;

    public ProfileStore(Path file) {
        this.file = new JsonFile<>(file, SavedConnections.class, "The saved connections", false);
    }

    /** The store of this process's configuration folder (see {@link AppDirectories#configFolder()}). */
    public static ProfileStore forCurrentUser() {
        return new ProfileStore(AppDirectories.configFolder().resolve(FILE_NAME));
    }

    public Path file() {
        return file.path();
    }

    /** Blocking. */
    public SavedConnections load() {
        JsonFile.Loaded<SavedConnections> loaded = file.load(SavedConnections::empty);
        loaded.problem().ifPresent(problem -> lastProblem = problem);
        return loaded.value();
    }

    /** Blocking; atomic. */
    public void save(SavedConnections connections) throws IOException {
        file.save(connections);
    }

    /** What went wrong at the last load, to show in the UI. */
    public Optional<String> lastProblem() {
        return Optional.ofNullable(lastProblem);
    }
}
