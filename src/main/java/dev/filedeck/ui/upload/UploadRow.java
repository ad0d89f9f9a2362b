package dev.filedeck.ui.upload;

import java.util.List;

/**
 * One file as the sheet lists it.
 *
 * @param name the name to show, made safe
 * @param size the short size ("12.4 KB")
 * @param exactSize the exact size, for the tooltip
 * @param problem why it will be skipped ("Over the 500 bytes limit for batch"), or "" when it goes
 * @param check the content check's state
 * @param checkText "Checking…", "OK", "2 warnings", "3 errors"; "" when the file is not checked
 * @param findings the check's problems, "12:5 message", errors first as found
 */
public record UploadRow(String name, String size, String exactSize, String problem, Check check, String checkText,
                        List<String> findings) {

    /** Where a file's content check stands. */
    public enum Check {
        NONE, CHECKING, OK, WARNINGS, ERRORS, FAILED
    }

    public UploadRow {
        findings = List.copyOf(findings);
    }

    public UploadRow(String name, String size, String exactSize, String problem) {
        this(name, size, exactSize, problem, Check.NONE, "", List.of());
    }

    public boolean skipped() {
        return !problem.isEmpty();
    }
}
