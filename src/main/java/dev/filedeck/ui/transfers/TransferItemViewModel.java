package dev.filedeck.ui.transfers;

import dev.filedeck.transfer.Transfer;
import dev.filedeck.transfer.TransferDirection;
import dev.filedeck.transfer.TransferQueue;
import dev.filedeck.transfer.TransferState;
import dev.filedeck.ui.format.DisplayFormat;
import java.time.Duration;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One row of the transfer queue: the texts to show, the progress, and the row's commands with their
 * enablement. Updated from the queue's snapshots on the FX thread; the view only reads it.
 */
public final class TransferItemViewModel {

    private final long id;
    private final TransferDirection direction;
    private final String name;
    private final DisplayFormat format;
    private final TransferQueue queue;
    private final FolderOpener folders;
    private Transfer current;

    private final ReadOnlyObjectWrapper<TransferState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper bytesText = new ReadOnlyStringWrapper(this, "bytesText", "");
    private final ReadOnlyStringWrapper speedText = new ReadOnlyStringWrapper(this, "speedText", "");
    private final ReadOnlyStringWrapper timeLeftText = new ReadOnlyStringWrapper(this, "timeLeftText", "");
    private final ReadOnlyStringWrapper stateText = new ReadOnlyStringWrapper(this, "stateText", "");
    private final ReadOnlyBooleanWrapper canCancel = new ReadOnlyBooleanWrapper(this, "canCancel");
    private final ReadOnlyBooleanWrapper canRetry = new ReadOnlyBooleanWrapper(this, "canRetry");
    private final ReadOnlyBooleanWrapper canShowInFolder = new ReadOnlyBooleanWrapper(this, "canShowInFolder");

    TransferItemViewModel(Transfer initial, DisplayFormat format, TransferQueue queue, FolderOpener folders) {
        this.id = initial.id();
        this.direction = initial.direction();
        this.name = initial.name();
        this.format = format;
        this.queue = queue;
        this.folders = folders;
        update(initial);
    }

    /** Takes a newer snapshot of the same transfer. */
    void update(Transfer transfer) {
        current = transfer;
        state.set(transfer.state());
        progress.set(progressOf(transfer));
        bytesText.set(bytesOf(transfer));
        boolean moving = transfer.state() == TransferState.RUNNING;
        speedText.set(moving && transfer.bytesPerSecond() >= 0 ? format.byteSize(Math.round(transfer.bytesPerSecond())) + "/s" : "");
        timeLeftText.set(moving && transfer.timeLeft() != null ? clock(transfer.timeLeft()) : "");
        stateText.set(stateOf(transfer));
        canCancel.set(transfer.canCancel());
        canRetry.set(transfer.canRetry());
        canShowInFolder.set(transfer.state() == TransferState.DONE && transfer.savedFile() != null);
    }

    Transfer current() {
        return current;
    }

    // ---- commands --------------------------------------------------------------------------------

    public void cancel() {
        if (canCancel.get()) {
            queue.cancel(id);
        }
    }

    public void retry() {
        if (canRetry.get()) {
            queue.retry(id);
        }
    }

    /** Opens the downloaded file with the system's default application. */
    public void open() {
        if (canShowInFolder.get()) {
            folders.openFile(current.savedFile().toAbsolutePath());
        }
    }

    /** Opens the folder the file was saved in. */
    public void showInFolder() {
        if (canShowInFolder.get()) {
            folders.open(current.savedFile().toAbsolutePath().getParent());
        }
    }

    // ---- state -----------------------------------------------------------------------------------

    public long id() {
        return id;
    }

    public TransferDirection direction() {
        return direction;
    }

    public String name() {
        return name;
    }

    /** Where the local side is: "From /home/me/data.jsonl" for an upload, "To /home/me/Downloads/x.csv" for a download. */
    public String location() {
        return (direction == TransferDirection.UPLOAD ? "From " : "To ") + current.localPath().toAbsolutePath();
    }

    public ReadOnlyObjectProperty<TransferState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** 0 to 1, or -1 (indeterminate) while running with an unknown total. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "12.3 MB of 40.0 MB"; the size alone once done. */
    public ReadOnlyStringProperty bytesTextProperty() {
        return bytesText.getReadOnlyProperty();
    }

    /** "8.1 MB/s" while running, once measured. */
    public ReadOnlyStringProperty speedTextProperty() {
        return speedText.getReadOnlyProperty();
    }

    /** "0:42" while running, once estimated. */
    public ReadOnlyStringProperty timeLeftTextProperty() {
        return timeLeftText.getReadOnlyProperty();
    }

    /** "queued", "running", "rate limited, retrying in 4 s", "done", "failed: …", "cancelled". */
    public ReadOnlyStringProperty stateTextProperty() {
        return stateText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canCancelProperty() {
        return canCancel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRetryProperty() {
        return canRetry.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canShowInFolderProperty() {
        return canShowInFolder.getReadOnlyProperty();
    }

    // ---- wording ---------------------------------------------------------------------------------

    private static double progressOf(Transfer transfer) {
        double fraction = transfer.fraction();
        if (fraction >= 0) {
            return fraction;
        }
        // An unknown total: a moving bar while bytes flow, an empty one otherwise.
        return transfer.state() == TransferState.RUNNING ? -1 : 0;
    }

    private String bytesOf(Transfer transfer) {
        boolean known = transfer.isTotalKnown();
        return switch (transfer.state()) {
            case QUEUED -> known ? format.byteSize(transfer.totalBytes()) : "";
            case DONE -> format.byteSize(known ? transfer.totalBytes() : transfer.bytesDone());
            default -> {
                if (known) {
                    yield format.byteSize(transfer.bytesDone()) + " of " + format.byteSize(transfer.totalBytes());
                }
                // A failure before the first byte, of a file of unknown size, has no figure worth showing.
                boolean anything = transfer.bytesDone() > 0 || transfer.state() == TransferState.RUNNING;
                yield anything ? format.byteSize(transfer.bytesDone()) : "";
            }
        };
    }

    private static String stateOf(Transfer transfer) {
        return switch (transfer.state()) {
            case QUEUED -> "queued";
            case RUNNING -> "running";
            case RETRYING -> transfer.retryWait() == null ? "retrying" : transfer.retryWait().describe();
            case DONE -> "done";
            case FAILED -> transfer.failure() == null ? "failed" : "failed: " + transfer.failure().describe();
            case CANCELLED -> "cancelled";
        };
    }

    /** "0:42", "12:05", "1:02:03". */
    static String clock(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        long hours = seconds / 3600;
        long minutes = seconds / 60 % 60;
        return hours > 0
                ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", minutes, seconds % 60);
    }
}
