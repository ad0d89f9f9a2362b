package dev.filedeck.ui.upload;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Every way to start an upload, for the main window: files dropped anywhere on it, and "Upload…"
 * with the file chooser. Both lead to the upload sheet, which queues the uploads and remembers the
 * chosen purpose; the chooser also remembers its folder. One sheet at a time.
 */
public final class UploadActions {

    private final Window owner;
    private final UploadContext context;
    private Stage openSheet;

    /**
     * @param owner the main window: the sheet is modal to it
     */
    public UploadActions(Window owner, UploadContext context) {
        this.owner = owner;
        this.context = context;
    }

    /** Takes files and folders dropped anywhere on {@code root}, with the overlay shown in {@code overlayHost}. */
    public UploadDrop installDropTarget(Node root, StackPane overlayHost) {
        return UploadDrop.install(root, overlayHost, context.tasks(), this::openSheet);
    }

    /** "Upload…": the file chooser, starting where it was left, then the sheet. */
    public void chooseFilesAndUpload() {
        if (bringOpenSheetToFront()) {
            return;
        }
        List<Path> chosen = context.dialogs().chooseFilesToUpload(lastFolder());
        if (chosen.isEmpty()) {
            return;
        }
        Path folder = chosen.get(0).toAbsolutePath().getParent();
        if (folder != null) {
            context.rememberSettings().accept(settings -> settings.withLastUploadFolder(folder.toString()));
        }
        openSheet(chosen);
    }

    /**
     * Opens the sheet for these files and folders; folders contribute their files, read in the
     * background. While a sheet is open, it is brought to the front instead.
     */
    public void openSheet(List<Path> items) {
        if (bringOpenSheetToFront()) {
            return;
        }
        UploadSheetViewModel viewModel = new UploadSheetViewModel(context.capabilities().get(), context.settings().get(),
                context.transfers(), context.tasks(), context.format(),
                memory -> context.rememberSettings().accept(memory::applyTo), new LocalFileValidation());
        viewModel.load(new LocalFileScan(items));
        openSheet = UploadSheetWindow.show(owner, viewModel);
    }

    private boolean bringOpenSheetToFront() {
        if (isSheetOpen()) {
            openSheet.toFront();
            return true;
        }
        return false;
    }

    /** Whether an upload sheet is open. */
    public boolean isSheetOpen() {
        return openSheet != null && openSheet.isShowing();
    }

    private Path lastFolder() {
        String remembered = context.settings().get().lastUploadFolder();
        if (remembered == null || remembered.isBlank()) {
            return null;
        }
        try {
            return Path.of(remembered);
        } catch (InvalidPathException e) {
            return null; // a settings file from another system: start where the chooser likes
        }
    }
}
