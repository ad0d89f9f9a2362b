package dev.filedeck.api;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A remote file's content as it arrives. Closing it early ends the request: nothing more is read
 * from the network, which is what a preview wants.
 */
public final class ContentStream extends FilterInputStream {

    private final long length;
    private final String contentType;

    ContentStream(InputStream in, long length, String contentType) {
        super(in);
        this.length = length;
        this.contentType = contentType;
    }

    /** The announced length, or -1. */
    public long length() {
        return length;
    }

    /** The announced media type, or null. */
    public String contentType() {
        return contentType;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
