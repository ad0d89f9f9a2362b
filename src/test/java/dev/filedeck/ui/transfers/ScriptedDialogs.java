package dev.filedeck.ui.transfers;

import dev.filedeck.ui.dialog.DialogService;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Answers the download flow's questions as the test scripted them, and records what was asked. */
final class ScriptedDialogs implements DialogService {

    Optional<Path> saveFileAnswer = Optional.empty();
    Optional<Path> folderAnswer = Optional.empty();
    final Deque<ConflictChoice> conflictAnswers = new ArrayDeque<>();

    final List<String> proposedNames = new ArrayList<>();
    final List<Path> startFolders = new ArrayList<>();
    final List<Path> conflictsAsked = new ArrayList<>();
    final List<Integer> remainingAsked = new ArrayList<>();
    final List<String> errors = new ArrayList<>();

    void answerConflicts(ConflictAction action, boolean applyToAll, int times) {
        for (int i = 0; i < times; i++) {
            conflictAnswers.add(new ConflictChoice(action, applyToAll));
        }
    }

    @Override
    public boolean confirm(String title, String header, String details, String confirmLabel) {
        throw new AssertionError("not asked in downloads");
    }

    @Override
    public void showError(String title, String header, String details) {
        errors.add(header + ": " + details);
    }

    @Override
    public List<Path> chooseFilesToUpload(Path folder) {
        throw new AssertionError("not asked in downloads");
    }

    @Override
    public Optional<Path> chooseSaveFile(Path folder, String suggestedName) {
        startFolders.add(folder);
        proposedNames.add(suggestedName);
        return saveFileAnswer;
    }

    @Override
    public Optional<Path> chooseFolder(Path folder) {
        startFolders.add(folder);
        return folderAnswer;
    }

    @Override
    public ConflictChoice resolveConflict(Path existing, int remaining) {
        conflictsAsked.add(existing);
        remainingAsked.add(remaining);
        if (conflictAnswers.isEmpty()) {
            throw new AssertionError("unexpected conflict question about " + existing);
        }
        return conflictAnswers.removeFirst();
    }
}
