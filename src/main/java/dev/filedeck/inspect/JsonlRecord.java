package dev.filedeck.inspect;

/**
 * One line of a JSONL preview.
 *
 * @param line its 1-based line number
 * @param text the line as it is (a very long line is cut, see {@link PreviewReader#MAX_RECORD_CHARS})
 * @param error why it is not valid JSON, or null when it is
 */
public record JsonlRecord(long line, String text, String error) {

    public boolean valid() {
        return error == null;
    }
}
