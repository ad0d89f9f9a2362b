package dev.filedeck.ui.dialog;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every question the app asks the user, behind one interface: view models ask without touching a
 * window, and tests answer with a fake. Call on the FX thread; the methods block until answered
 * (as modal dialogs do) and never do I/O.
 */
public interface DialogService {

    /** A yes/no question; true when the user confirms. */
    boolean confirm(String title, String header, String details, String confirmLabel);

    /** Tells about a failure. */
    void showError(String title, String header, String details);

    /** Files to open (upload), starting in {@code folder} when it exists. */
    List<Path> chooseFilesToUpload(Path folder);

    /** Where to save one file, proposing {@code suggestedName} in {@code folder}. */
    Optional<Path> chooseSaveFile(Path folder, String suggestedName);

    /** A folder to save several files into. */
    Optional<Path> chooseFolder(Path folder);

    /**
     * Asks for a secret, such as an API key, in a masked field.
     *
     * @return what was typed (stripped), or empty when the person cancelled or typed nothing. Fakes
     *         that never answer may keep this default, which is a cancel.
     */
    default Optional<String> askSecret(String title, String header, String details) {
        return Optional.empty();
    }

    /** What to do when a download would land on an existing file. */
    ConflictChoice resolveConflict(Path existing, int remaining);

    /** The user's answer to a download conflict; {@code applyToAll} covers the rest of the batch. */
    record ConflictChoice(ConflictAction action, boolean applyToAll) {
    }

    /** Replace the existing file, keep both ("name (1).ext"), or skip this file. */
    enum ConflictAction {
        REPLACE, KEEP_BOTH, SKIP
    }
}
