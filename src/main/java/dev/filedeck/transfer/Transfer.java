package dev.filedeck.transfer;

import dev.filedeck.api.FileObject;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One transfer as it stood at a moment: immutable, so it can cross from the transfer threads to
 * the UI thread as it is.
 *
 * @param id unique within the queue; stays the same when the transfer is retried
 * @param direction upload or download
 * @param name the name to show: the server-side name of an upload, the local name of a download
 * @param localPath the file read (upload) or written (download)
 * @param state where the transfer is
 * @param bytesDone bytes of the file moved so far
 * @param totalBytes the file's size, -1 while unknown
 * @param bytesPerSecond recent speed, -1 while not measured yet
 * @param timeLeft the estimated time to completion, null while unknown
 * @param retryWait the retry being waited for when {@code RETRYING}, otherwise null
 * @param failure why it failed when {@code FAILED}, otherwise null
 * @param uploadedFile the file the server created, once an upload is {@code DONE}
 * @param savedFile where the file was saved, once a download is {@code DONE}
 */
public record Transfer(long id, TransferDirection direction, String name, Path localPath, TransferState state,
                       long bytesDone, long totalBytes, double bytesPerSecond, Duration timeLeft,
                       RetryWait retryWait, TransferFailure failure, FileObject uploadedFile, Path savedFile) {

    public boolean isTotalKnown() {
        return totalBytes >= 0;
    }

    /** Done of total, between 0 and 1; -1 when the total is unknown. */
    public double fraction() {
        if (state == TransferState.DONE) {
            return 1;
        }
        if (totalBytes < 0) {
            return -1;
        }
        return totalBytes == 0 ? 0 : Math.min(1, (double) bytesDone / totalBytes);
    }

    /** Whether a cancel would stop something: only queued or running transfers can be cancelled. */
    public boolean canCancel() {
        return state.isActive();
    }

    /** Whether it can be queued again. */
    public boolean canRetry() {
        return state == TransferState.FAILED || state == TransferState.CANCELLED;
    }
}
