package dev.filedeck.transfer;

import dev.filedeck.api.DownloadRequest;
import dev.filedeck.api.FileObject;
import dev.filedeck.api.FilesClient;
import dev.filedeck.api.UploadRequest;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The app's {@link TransferService}: transfers go to a {@link TransferQueue} over the connection
 * active when they are queued. Callbacks arrive through the queue's delivery executor.
 */
public final class QueuedTransferService implements TransferService {

    private final TransferQueue queue;
    private final Supplier<FilesClient> connection;
    private Consumer<FileObject> onUploaded = file -> { };
    private Consumer<Path> onDownloaded = path -> { };

    /**
     * @param queue runs the transfers
     * @param connection the client of the active connection, asked at every enqueue
     */
    public QueuedTransferService(TransferQueue queue, Supplier<FilesClient> connection) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.connection = Objects.requireNonNull(connection, "connection");
        queue.subscribe(new FinishedTransfers());
    }

    @Override
    public void enqueueUpload(UploadRequest request) {
        queue.enqueueUpload(connection.get(), request);
    }

    @Override
    public void enqueueDownload(DownloadRequest request, String displayName) {
        queue.enqueueDownload(connection.get(), request, displayName);
    }

    @Override
    public void setOnUploaded(Consumer<FileObject> listener) {
        onUploaded = listener == null ? file -> { } : listener;
    }

    @Override
    public void setOnDownloaded(Consumer<Path> listener) {
        onDownloaded = listener == null ? path -> { } : listener;
    }

    @Override
    public boolean hasActiveTransfers() {
        return queue.hasActiveTransfers();
    }

    /** The queue behind the service, for the transfers panel. */
    public TransferQueue queue() {
        return queue;
    }

    /** Passes successful ends on; everything else is the panel's business. */
    private final class FinishedTransfers implements QueueListener {
        @Override
        public void finished(Transfer transfer) {
            if (transfer.state() != TransferState.DONE) {
                return;
            }
            if (transfer.uploadedFile() != null) {
                onUploaded.accept(transfer.uploadedFile());
            } else if (transfer.savedFile() != null) {
                onDownloaded.accept(transfer.savedFile());
            }
        }
    }
}
