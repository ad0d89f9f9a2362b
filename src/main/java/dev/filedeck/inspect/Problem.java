package dev.filedeck.inspect;

/**
 * One thing wrong with a file.
 *
 * @param severity error or warning
 * @param line 1-based line, 0 for the file as a whole
 * @param column 1-based byte column within the line, 0 when it is about the whole line or file
 * @param message what is wrong, in words a user acts on
 */
public record Problem(Severity severity, long line, int column, String message) {

    /** "12:5 messages must not be empty", "12 …" without a column, the message alone for the whole file. */
    public String describe() {
        if (line <= 0) {
            return message;
        }
        return (column > 0 ? line + ":" + column : Long.toString(line)) + " " + message;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
