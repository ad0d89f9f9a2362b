package dev.filedeck.ui.delete;

import dev.filedeck.ui.format.DisplayFormat;

/**
 * The summary shown when deletes failed: one line per file with the reason and the request id
 * (what the provider's support asks for), after a count of what did go.
 *
 * @param header "2 of 30 files could not be deleted"
 * @param details the per-file lines
 */
public record DeleteReport(String header, String details) {

    /** Beyond this many lines, a dialog stops being readable: the rest are counted. */
    public static final int FAILURES_LISTED = 20;

    public static DeleteReport of(DeleteOutcome outcome, int requested, DisplayFormat format) {
        int failed = outcome.failures().size();
        String header = failed == requested
                ? (requested == 1 ? "The file could not be deleted" : "None of the " + format.count(requested) + " files could be deleted")
                : format.count(failed) + " of " + format.files(requested) + " could not be deleted";
        StringBuilder details = new StringBuilder();
        if (!outcome.deletedIds().isEmpty()) {
            details.append(format.files(outcome.deletedIds().size())).append(" deleted.\n\n");
        }
        outcome.failures().stream().limit(FAILURES_LISTED).forEach(failure -> {
            details.append("• ").append(DeleteConfirmation.nameOf(failure.file())).append(" (").append(failure.file().id()).append(")\n  ")
                    .append(failure.reason());
            if (failure.requestId() != null) {
                details.append("\n  Request ID: ").append(failure.requestId());
            }
            details.append('\n');
        });
        if (failed > FAILURES_LISTED) {
            details.append("and ").append(format.count(failed - FAILURES_LISTED)).append(" more\n");
        }
        return new DeleteReport(header, details.toString().strip());
    }
}
