package dev.filedeck.inspect;

import java.util.ArrayList;
import java.util.List;

/** Keeps the first {@value #LISTED} problems and counts all, so a file of a million bad lines stays cheap. */
final class ProblemCollector {

    static final int LISTED = 100;

    private final List<Problem> listed = new ArrayList<>();
    private long errors;
    private long warnings;

    void error(long line, int column, String message) {
        add(new Problem(Severity.ERROR, line, column, message));
    }

    void warning(long line, int column, String message) {
        add(new Problem(Severity.WARNING, line, column, message));
    }

    private void add(Problem problem) {
        if (problem.isError()) {
            errors++;
        } else {
            warnings++;
        }
        if (listed.size() < LISTED) {
            listed.add(problem);
        }
    }

    long errors() {
        return errors;
    }

    ValidationReport report(String format, long lines, long bytes) {
        return new ValidationReport(format, lines, bytes, listed, errors, warnings);
    }
}
