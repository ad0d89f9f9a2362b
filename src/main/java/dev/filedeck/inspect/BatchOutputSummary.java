package dev.filedeck.inspect;

import java.util.List;

/**
 * A batch output file at a glance.
 *
 * @param lines records counted
 * @param successes records with a 2xx response and no error
 * @param errors the rest, grouped by status code and error type, most frequent first
 */
public record BatchOutputSummary(long lines, long successes, List<ErrorGroup> errors) {

    public BatchOutputSummary {
        errors = List.copyOf(errors);
    }

    /**
     * @param statusCode the HTTP status of the request, 0 when the request got no response
     * @param type the error's type or code, "unknown" when none was given
     */
    public record ErrorGroup(int statusCode, String type, long count) {
    }

    public long failures() {
        return errors.stream().mapToLong(ErrorGroup::count).sum();
    }
}
