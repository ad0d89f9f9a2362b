package dev.filedeck.ui.dialog;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A person who declines every question and chooses nothing; tests override the answers they script.
 * Errors fail the test unless a test overrides {@link #showError}: an unexpected error dialog is a bug.
 */
public class QuietDialogs implements DialogService {

    @Override
    public boolean confirm(String title, String header, String details, String confirmLabel) {
        return false;
    }

    @Override
    public void showError(String title, String header, String details) {
        throw new AssertionError("unexpected error dialog: " + header + ": " + details);
    }

    @Override
    public List<Path> chooseFilesToUpload(Path folder) {
        return List.of();
    }

    @Override
    public Optional<Path> chooseSaveFile(Path folder, String suggestedName) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFolder(Path folder) {
        return Optional.empty();
    }

    @Override
    public ConflictChoice resolveConflict(Path existing, int remaining) {
        return new ConflictChoice(ConflictAction.SKIP, false);
    }
}
