package dev.filedeck.inspect;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;

/** Small helpers for walking a line's tokens. */
final class Walk {

    private static final int SHOWN = 80;

    private Walk() {
    }

    /** The 1-based column of the current token. */
    static int column(JsonParser parser) {
        return Math.max(1, parser.currentTokenLocation().getColumnNr());
    }

    /** A name for the current token's kind, for "must be a string, not a number". */
    /**
     * Whether the parser stands at the start of an object or array, as {@code wanted} says; if not,
     * reports "must be an object/array" at {@code path} and skips the value.
     */
    static boolean isAt(JsonToken wanted, long line, JsonParser parser, String path, ProblemCollector problems)
            throws IOException {
        if (parser.currentToken() == wanted) {
            return true;
        }
        String shape = wanted == JsonToken.START_ARRAY ? "an array" : "an object";
        problems.error(line, column(parser), "\"" + path + "\" must be " + shape + ", not " + kind(parser.currentToken()));
        parser.skipChildren();
        return false;
    }

    static String kind(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.name();
        };
    }

    /** The current string value, shortened for a message, quoted. */
    static String quoted(JsonParser parser) throws IOException {
        return "\"" + shorten(parser.getText()) + "\"";
    }

    static String shorten(String text) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= SHOWN ? oneLine : oneLine.substring(0, SHOWN) + "…";
    }
}
