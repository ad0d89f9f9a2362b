package dev.filedeck.transfer;

import dev.filedeck.api.DownloadRequest;
import dev.filedeck.api.FileObject;
import dev.filedeck.api.UploadRequest;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The transfer queue as the rest of the app sees it: uploads and downloads are queued and run a
 * few at a time in the background. Callbacks arrive on the UI thread.
 */
public interface TransferService {

    /** Queues an upload; it starts when a slot is free. */
    void enqueueUpload(UploadRequest request);

    /** Queues a download under the name to show in the queue. */
    void enqueueDownload(DownloadRequest request, String displayName);

    /** Told of every finished upload (to show the new file in the table). */
    void setOnUploaded(Consumer<FileObject> listener);

    /** Told of every finished download. */
    void setOnDownloaded(Consumer<Path> listener);

    /** Whether any transfer is queued or running (closing the window then asks first). */
    boolean hasActiveTransfers();
}
