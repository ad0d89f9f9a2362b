package dev.filedeck.inspect;

import java.util.List;

/**
 * What a validation found.
 *
 * @param format what the file was checked as, e.g. "fine-tune (chat)", "batch", "JSONL"
 * @param lines lines read (a blank last line not counted)
 * @param bytes bytes read
 * @param problems the first {@link ProblemCollector#LISTED} problems, in file order
 * @param errors all errors, listed or not
 * @param warnings all warnings, listed or not
 */
public record ValidationReport(String format, long lines, long bytes, List<Problem> problems, long errors, long warnings) {

    public ValidationReport {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return errors > 0;
    }

    /** "OK", "2 warnings", "3 errors, 1 warning". */
    public String verdict() {
        if (errors == 0 && warnings == 0) {
            return "OK";
        }
        String errorText = errors == 0 ? "" : count(errors, "error");
        String warningText = warnings == 0 ? "" : count(warnings, "warning");
        return errorText.isEmpty() ? warningText : warningText.isEmpty() ? errorText : errorText + ", " + warningText;
    }

    /** Whether fewer problems are listed than were found. */
    public boolean moreThanListed() {
        return errors + warnings > problems.size();
    }

    private static String count(long n, String noun) {
        return String.format("%,d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
