package dev.filedeck.ui.delete;

import dev.filedeck.api.FileObject;
import dev.filedeck.ui.format.DisplayFormat;
import dev.filedeck.ui.format.SafeText;
import java.util.List;

/**
 * The question asked before deleting: it names what goes, so that a wrong selection is caught
 * before it is too late.
 *
 * <pre>
 * Delete 17 files?
 * 17 files, 4.2 MB in all:
 *   • train.jsonl
 *   • …five names…
 *   and 12 more
 * This cannot be undone.
 * </pre>
 */
public record DeleteConfirmation(String title, String header, String details, String confirmLabel) {

    /** How many names the question lists; the rest are counted. */
    public static final int NAMES_SHOWN = 5;

    public static DeleteConfirmation of(List<FileObject> files, DisplayFormat format) {
        String count = format.files(files.size());
        String header = files.size() == 1 ? "Delete “" + nameOf(files.get(0)) + "”?" : "Delete " + count + "?";
        StringBuilder details = new StringBuilder(count).append(", ").append(totalSize(files, format)).append(":\n");
        files.stream().limit(NAMES_SHOWN).forEach(file -> details.append("  • ").append(nameOf(file)).append('\n'));
        if (files.size() > NAMES_SHOWN) {
            details.append("  and ").append(format.count(files.size() - NAMES_SHOWN)).append(" more\n");
        }
        details.append("\nThis cannot be undone.");
        return new DeleteConfirmation("Delete files", header, details.toString(), files.size() == 1 ? "Delete" : "Delete " + count);
    }

    /** "4.2 MB in all", owning up to sizes the server did not tell. */
    private static String totalSize(List<FileObject> files, DisplayFormat format) {
        long known = files.stream().filter(file -> file.bytes() != null).mapToLong(FileObject::bytes).sum();
        long unknown = files.stream().filter(file -> file.bytes() == null).count();
        String total = format.byteSize(known) + " in all";
        if (unknown == 0) {
            return total;
        }
        return unknown == files.size() ? "size unknown" : total + " (size unknown for " + format.files(unknown) + ")";
    }

    static String nameOf(FileObject file) {
        return file.filename() == null || file.filename().isBlank() ? file.id() : SafeText.display(file.filename());
    }
}
