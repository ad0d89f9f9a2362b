package dev.filedeck.ui.upload;

import dev.filedeck.ui.dialog.DialogService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The file chooser stubbed at its boundary: answers with the files set, records the folder it was opened in. */
final class ChooserDialogs implements DialogService {

    final List<Path> askedIn = new ArrayList<>();
    List<Path> answer = List.of();

    @Override
    public List<Path> chooseFilesToUpload(Path folder) {
        askedIn.add(folder);
        return answer;
    }

    @Override
    public boolean confirm(String title, String header, String details, String confirmLabel) {
        throw new AssertionError("no question while uploading: " + header);
    }

    @Override
    public void showError(String title, String header, String details) {
        throw new AssertionError("no error while uploading: " + header + "\n" + details);
    }

    @Override
    public Optional<Path> chooseSaveFile(Path folder, String suggestedName) {
        throw new AssertionError("not asked when uploading");
    }

    @Override
    public Optional<Path> chooseFolder(Path folder) {
        throw new AssertionError("not asked when uploading");
    }

    @Override
    public ConflictChoice resolveConflict(Path existing, int remaining) {
        throw new AssertionError("not asked when uploading");
    }
}
