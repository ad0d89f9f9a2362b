package dev.filedeck.ui.upload;

/**
 * One file as the sheet lists it.
 *
 * @param name the name to show, made safe
 * @param size the short size ("12.4 KB")
 * @param exactSize the exact size, for the tooltip
 * @param problem why it will be skipped ("Over the 500 bytes limit for batch"), or "" when it goes
 */
public record UploadRow(String name, String size, String exactSize, String problem) {

    public boolean skipped() {
        return !problem.isEmpty();
    }
}
