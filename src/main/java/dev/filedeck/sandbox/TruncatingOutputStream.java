package dev.filedeck.sandbox;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Lets through the first {@code limit} body bytes, pushes them out, then fails the write. The handler stops,
 * and because fewer bytes than the announced Content-Length were written, the JDK server closes the connection:
 * the client sees a body cut off mid-way.
 */
final class TruncatingOutputStream extends FilterOutputStream {

    /** Thrown to stop the handler once the limit is reached; not a real I/O failure. */
    static final class Truncated extends IOException {
        private static final long serialVersionUID = 1L;

        Truncated() {
            super("response truncated by a sandbox fault", null);
        }
    }

    private long remaining;

    TruncatingOutputStream(OutputStream out, long limit) {
        super(out);
        this.remaining = limit;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        int allowed = (int) Math.min(len, remaining);
        if (allowed > 0) {
            out.write(b, off, allowed);
            remaining -= allowed;
        }
        if (allowed < len) {
            out.flush(); // what got through must reach the client before the connection goes
            throw new Truncated();
        }
    }
}
