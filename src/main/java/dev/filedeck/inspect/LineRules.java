package dev.filedeck.inspect;

import com.fasterxml.jackson.core.JsonParser;

import java.io.IOException;

/**
 * The checks of one file format, line by line. One instance checks one file: it may remember what
 * earlier lines held (ids, the endpoint). {@link #checkLine} reads exactly one JSON value.
 */
interface LineRules {

    /** What the file is checked as, e.g. "batch". */
    String format();

    void checkLine(long line, JsonParser parser, ProblemCollector problems) throws IOException;

    /** After the last line: problems of the file as a whole. */
    default void finish(long lines, ProblemCollector problems) {
    }
}
