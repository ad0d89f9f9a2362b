package dev.filedeck.sandbox;

/** Counts the lines of a JSONL upload as it streams by (Mistral reports {@code num_lines}). */
final class LineCounter {

    private long newlines;
    private boolean endsWithNewline = true;
    private boolean empty = true;

    void update(byte[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            if (buffer[i] == '\n') {
                newlines++;
            }
        }
        if (length > 0) {
            empty = false;
            endsWithNewline = buffer[length - 1] == '\n';
        }
    }

    /** A last line without its newline still counts. */
    long lines() {
        return empty ? 0 : newlines + (endsWithNewline ? 0 : 1);
    }
}
