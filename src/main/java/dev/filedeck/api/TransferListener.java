package dev.filedeck.api;

/** Observes an upload or a download. Called from background threads, at most about 20 times a second. */
public interface TransferListener {

    TransferListener NONE = new TransferListener() { };

    /** Bytes of the file moved so far, of the total (-1 when the total is unknown). */
    default void onProgress(long done, long total) {
    }

    /** A failed attempt will be retried after a pause; progress starts again from zero for downloads. */
    default void onRetry(RetryNotice notice) {
    }
}
