package dev.filedeck.sandbox;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Counts response body bytes that reached the connection, so an aborted download shows how far it got; and
 * tells its owner just before the last byte of the announced length goes out.
 */
final class CountingOutputStream extends FilterOutputStream {

    private volatile long count;
    private long completeAt = -1;
    private Runnable beforeLastWrite;

    CountingOutputStream(OutputStream out) {
        super(out);
    }

    /** Runs the action once, before the write that brings the count to {@code length}. */
    void beforeCompletion(long length, Runnable action) {
        this.completeAt = length;
        this.beforeLastWrite = action;
    }

    @Override
    public void write(int b) throws IOException {
        aboutToWrite(1);
        out.write(b);
        count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        aboutToWrite(len);
        out.write(b, off, len); // not FilterOutputStream's byte-at-a-time default
        count += len;
    }

    private void aboutToWrite(int len) {
        if (beforeLastWrite != null && count + len >= completeAt) {
            Runnable action = beforeLastWrite;
            beforeLastWrite = null;
            action.run();
        }
    }

    long count() {
        return count;
    }
}
