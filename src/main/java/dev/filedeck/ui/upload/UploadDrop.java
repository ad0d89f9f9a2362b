package dev.filedeck.ui.upload;

import dev.filedeck.ui.task.BackgroundTasks;
import dev.filedeck.ui.task.LatestOnly;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.StackPane;

/**
 * Makes a whole window a drop target for files. While files are dragged over the root node, an
 * overlay covers the overlay host and says what the drop will bring; a drop hands the dropped
 * files and folders over as they are (folders are expanded later, off the UI thread).
 */
public final class UploadDrop {

    private final Node root;
    private final StackPane overlayHost;
    private final Consumer<List<Path>> onDropped;
    private final LatestOnly describing;
    private final DropOverlay overlay = new DropOverlay();

    private final EventHandler<DragEvent> entered = this::entered;
    private final EventHandler<DragEvent> over = this::over;
    private final EventHandler<DragEvent> exited = event -> hideOverlay();
    private final EventHandler<DragEvent> dropped = this::dropped;

    private UploadDrop(Node root, StackPane overlayHost, BackgroundTasks tasks, Consumer<List<Path>> onDropped) {
        this.root = root;
        this.overlayHost = overlayHost;
        this.onDropped = onDropped;
        this.describing = new LatestOnly(tasks);
    }

    /**
     * Accepts files dropped anywhere on {@code root}.
     *
     * @param root the node that takes drops, usually the scene's root
     * @param overlayHost where the overlay is shown while dragging: a stack pane covering the window
     *                    (it may be {@code root} itself)
     * @param tasks tells folders from files for the overlay, off the UI thread
     * @param onDropped gets the dropped files and folders, on the UI thread, after the drag has ended
     */
    public static UploadDrop install(Node root, StackPane overlayHost, BackgroundTasks tasks, Consumer<List<Path>> onDropped) {
        UploadDrop drop = new UploadDrop(root, overlayHost, tasks, onDropped);
        // DRAG_ENTERED and DRAG_EXITED (not their _TARGET variants) fire only when the drag enters
        // or leaves the root as a whole, not at every child it crosses.
        root.addEventHandler(DragEvent.DRAG_ENTERED, drop.entered);
        root.addEventHandler(DragEvent.DRAG_OVER, drop.over);
        root.addEventHandler(DragEvent.DRAG_EXITED, drop.exited);
        root.addEventHandler(DragEvent.DRAG_DROPPED, drop.dropped);
        return drop;
    }

    /** Stops taking drops. */
    public void uninstall() {
        root.removeEventHandler(DragEvent.DRAG_ENTERED, entered);
        root.removeEventHandler(DragEvent.DRAG_OVER, over);
        root.removeEventHandler(DragEvent.DRAG_EXITED, exited);
        root.removeEventHandler(DragEvent.DRAG_DROPPED, dropped);
        hideOverlay();
    }

    /** Whether the overlay covers the window now. */
    public boolean isOverlayShowing() {
        return overlay.getParent() != null;
    }

    private void entered(DragEvent event) {
        if (event.getDragboard().hasFiles()) {
            showOverlay(pathsOf(event.getDragboard()));
        }
    }

    private void over(DragEvent event) {
        if (!event.getDragboard().hasFiles()) {
            return;
        }
        event.acceptTransferModes(TransferMode.COPY);
        if (!isOverlayShowing()) {
            // Some platforms deliver no ENTERED before the first OVER.
            showOverlay(pathsOf(event.getDragboard()));
        }
        event.consume();
    }

    private void dropped(DragEvent event) {
        Dragboard board = event.getDragboard();
        if (!board.hasFiles()) {
            return;
        }
        List<Path> paths = pathsOf(board);
        event.setDropCompleted(!paths.isEmpty());
        event.consume();
        hideOverlay();
        if (!paths.isEmpty()) {
            // After the gesture: some platforms run the drop inside the system's drag loop, where a
            // new window is better not opened.
            Platform.runLater(() -> onDropped.accept(paths));
        }
    }

    private void showOverlay(List<Path> paths) {
        overlay.setDetail(DraggedItems.quickly(paths));
        if (!isOverlayShowing()) {
            overlayHost.getChildren().add(overlay);
        }
        describing.run(() -> DraggedItems.describe(paths), overlay::setDetail, error -> { });
    }

    private void hideOverlay() {
        describing.cancel();
        overlayHost.getChildren().remove(overlay);
    }

    private static List<Path> pathsOf(Dragboard board) {
        List<File> files = board.getFiles();
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }
}
