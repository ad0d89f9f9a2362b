package dev.filedeck.sandbox;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts request body bytes for the request log. */
final class CountingInputStream extends FilterInputStream {

    private volatile long count;

    CountingInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count++;
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count += skipped;
        return skipped;
    }

    long count() {
        return count;
    }

    /** Reads and throws away up to {@code max} more bytes without counting them; returns how many. */
    long discardUncounted(long max) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long discarded = 0;
        int n;
        while (discarded < max && (n = in.read(buffer, 0, (int) Math.min(buffer.length, max - discarded))) > 0) {
            discarded += n;
        }
        return discarded;
    }
}
