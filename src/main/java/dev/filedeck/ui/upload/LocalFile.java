package dev.filedeck.ui.upload;

import java.nio.file.Path;
import java.util.Locale;

/**
 * A local file chosen for upload, as the scan found it.
 *
 * @param path where it is
 * @param displayName what the sheet shows: the file's name, or its path below a dropped folder
 *                    ("data/train.jsonl"), so two files of one name can be told apart
 * @param size its size in bytes, as read by the scan
 * @param readable whether this process may read it
 */
public record LocalFile(Path path, String displayName, long size, boolean readable) {

    /** The name the server gets: the file's own name, never the folders above it. */
    public String uploadName() {
        return path.getFileName().toString();
    }

    /** The extension in lower case without the dot ("jsonl"), or "" when there is none. */
    public String extension() {
        String name = uploadName();
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
