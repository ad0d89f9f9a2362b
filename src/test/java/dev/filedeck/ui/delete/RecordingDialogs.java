package dev.filedeck.ui.delete;

import dev.filedeck.ui.dialog.DialogService;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Answers confirmations as told and records every question and error shown. */
final class RecordingDialogs implements DialogService {

    /** What was shown: title, header and details. */
    record Shown(String title, String header, String details, String button) {
    }

    final List<Shown> confirmations = new CopyOnWriteArrayList<>();
    final List<Shown> errors = new CopyOnWriteArrayList<>();
    private final boolean answer;

    RecordingDialogs(boolean answer) {
        this.answer = answer;
    }

    @Override
    public boolean confirm(String title, String header, String details, String confirmLabel) {
        confirmations.add(new Shown(title, header, details, confirmLabel));
        return answer;
    }

    @Override
    public void showError(String title, String header, String details) {
        errors.add(new Shown(title, header, details, null));
    }

    @Override
    public List<Path> chooseFilesToUpload(Path folder) {
        throw new AssertionError("not asked when deleting");
    }

    @Override
    public Optional<Path> chooseSaveFile(Path folder, String suggestedName) {
        throw new AssertionError("not asked when deleting");
    }

    @Override
    public Optional<Path> chooseFolder(Path folder) {
        throw new AssertionError("not asked when deleting");
    }

    @Override
    public ConflictChoice resolveConflict(Path existing, int remaining) {
        throw new AssertionError("not asked when deleting");
    }
}
