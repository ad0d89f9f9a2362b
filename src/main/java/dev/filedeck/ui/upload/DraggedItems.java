package dev.filedeck.ui.upload;

import dev.filedeck.ui.format.SafeText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Says what a drag brings, for the drop overlay: "report.jsonl", "3 files", "2 files and 1 folder".
 * Telling folders from files asks the disk, so {@link #describe} runs as a background task.
 */
final class DraggedItems {

    /** Beyond this many items, the rest are counted as files rather than asked about one by one. */
    private static final int CHECKED = 200;

    private DraggedItems() {
    }

    /** Without the disk: the name of a single item, otherwise the number of items. */
    static String quickly(List<Path> items) {
        if (items.size() == 1) {
            return nameOf(items.get(0));
        }
        return items.size() + " items";
    }

    /** Blocking: looks at each item to tell folders from files. */
    static String describe(List<Path> items) {
        int folders = 0;
        for (Path item : items.subList(0, Math.min(items.size(), CHECKED))) {
            if (Files.isDirectory(item)) {
                folders++;
            }
        }
        int files = items.size() - folders;
        if (items.size() == 1) {
            return folders == 1 ? "The folder " + nameOf(items.get(0)) : nameOf(items.get(0));
        }
        if (folders == 0) {
            return count(files, "file");
        }
        if (files == 0) {
            return count(folders, "folder");
        }
        return count(files, "file") + " and " + count(folders, "folder");
    }

    private static String count(int n, String noun) {
        return n == 1 ? "1 " + noun : n + " " + noun + "s";
    }

    private static String nameOf(Path item) {
        Path name = item.getFileName();
        return SafeText.display(name == null ? item.toString() : name.toString());
    }
}
