package dev.filedeck.transfer;

/** Where a transfer is in its life. A retried transfer goes from FAILED or CANCELLED back to QUEUED. */
public enum TransferState {
    /** Waiting for a free slot. */
    QUEUED,
    /** Moving bytes. */
    RUNNING,
    /** Waiting before an automatic retry (rate limited, server busy, connection lost). */
    RETRYING,
    /** Finished: the file is on the server, or saved locally. */
    DONE,
    /** Gave up; the snapshot says why. */
    FAILED,
    /** Stopped by the user. */
    CANCELLED;

    /** Queued or under way: it still takes or will take a slot, and closing the app would lose it. */
    public boolean isActive() {
        return this == QUEUED || this == RUNNING || this == RETRYING;
    }

    /** Ended, one way or another. */
    public boolean isFinished() {
        return !isActive();
    }
}
