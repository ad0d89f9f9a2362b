package dev.filedeck.inspect;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.function.LongConsumer;

/**
 * Splits a JSONL stream into lines and hands each to a handler as a JSON parser, in bounded memory.
 * A line that fits the buffer is parsed straight from it; a longer one is streamed through the
 * parser as it arrives, so even a line of hundreds of megabytes costs no more than the buffer.
 * A UTF-8 byte order mark is skipped; blank lines at the end are tolerated, blank lines between
 * records are reported.
 */
final class JsonlLines {

    /** Lines up to this size are parsed from the buffer; longer ones are streamed and reported as long. */
    static final int BUFFER_SIZE = 1 << 20;

    /** Gets each non-blank line; must read the line's parser, may stop early (the rest is skipped). */
    interface Handler {
        void line(long number, JsonParser parser) throws IOException;

        /** A blank line between records. */
        void blank(long number);

        /** The line just handled was longer than the buffer. */
        void longLine(long number, long length);
    }

    private final JsonFactory factory;
    private final InputStream in;
    private final LongConsumer progress;
    private final byte[] buffer;
    private int start;
    private int end;
    private boolean eof;
    private long bytesRead;
    private long lineNumber;
    private long pendingBlanks;

    JsonlLines(JsonFactory factory, InputStream in, LongConsumer progress) {
        this(factory, in, progress, BUFFER_SIZE);
    }

    JsonlLines(JsonFactory factory, InputStream in, LongConsumer progress, int bufferSize) {
        this.factory = factory;
        this.in = in;
        this.progress = progress;
        this.buffer = new byte[bufferSize];
    }

    /** Reads to the end; returns the number of lines, trailing blank lines not counted. */
    long readAll(Handler handler) throws IOException {
        fill();
        if (end - start >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        int scanFrom = start;
        while (true) {
            int newline = indexOfNewline(scanFrom, end);
            if (newline >= 0) {
                slice(handler, start, newline);
                start = newline + 1;
                scanFrom = start;
            } else if (eof) {
                if (start < end) {
                    slice(handler, start, end);
                    start = end;
                }
                return lineNumber - pendingBlanks;
            } else if (start == 0 && end == buffer.length) {
                streamed(handler);
                scanFrom = start;
            } else {
                scanFrom = end - start;
                fill();
            }
        }
    }

    long bytesRead() {
        return bytesRead;
    }

    private void slice(Handler handler, int from, int to) throws IOException {
        lineNumber++;
        if (isBlank(from, to)) {
            pendingBlanks++;
            return;
        }
        reportBlanks(handler);
        try (JsonParser parser = factory.createParser(buffer, from, to - from)) {
            handler.line(lineNumber, parser);
        }
    }

    /** A line longer than the buffer: the parser reads it from the stream, up to its newline. */
    private void streamed(Handler handler) throws IOException {
        lineNumber++;
        reportBlanks(handler);
        LongLine line = new LongLine();
        try (JsonParser parser = factory.createParser(line)) {
            handler.line(lineNumber, parser);
        }
        line.skipRest();
        handler.longLine(lineNumber, line.length);
    }

    private void reportBlanks(Handler handler) {
        for (long blank = lineNumber - pendingBlanks; blank < lineNumber; blank++) {
            handler.blank(blank);
        }
        pendingBlanks = 0;
    }

    private boolean isBlank(int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = buffer[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private int indexOfNewline(int from, int to) {
        byte[] bytes = buffer;
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Moves the unread rest to the front and reads more after it. */
    private void fill() throws IOException {
        if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }
        readInto(end);
    }

    private int readInto(int at) throws IOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("validation cancelled");
        }
        int n = in.read(buffer, at, buffer.length - at);
        if (n < 0) {
            eof = true;
            return -1;
        }
        end = at + n;
        bytesRead += n;
        progress.accept(bytesRead);
        return n;
    }

    /** The current line as a stream: the full buffer first, then more of the input up to the newline. */
    private final class LongLine extends InputStream {
        private boolean done;
        private long length;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] target, int offset, int len) throws IOException {
            if (done || len == 0) {
                return done ? -1 : 0;
            }
            if (start == end) {
                start = 0;
                end = 0;
                if (eof || readInto(0) < 0) {
                    done = true;
                    return -1;
                }
            }
            int newline = indexOfNewline(start, end);
            int stop = newline >= 0 ? newline : end;
            if (stop == start) { // at the newline: the line ends, the rest of the buffer is the next lines
                start++;
                done = true;
                return -1;
            }
            int count = Math.min(len, stop - start);
            System.arraycopy(buffer, start, target, offset, count);
            start += count;
            length += count;
            return count;
        }

        void skipRest() throws IOException {
            byte[] scratch = new byte[8192];
            while (read(scratch, 0, scratch.length) >= 0) {
                // drains what the handler did not read, up to the newline
            }
        }

        @Override
        public void close() {
            // the underlying input belongs to the reader
        }
    }
}
