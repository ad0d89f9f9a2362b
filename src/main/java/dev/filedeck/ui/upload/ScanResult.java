package dev.filedeck.ui.upload;

import java.util.List;

/**
 * What a scan of dropped or chosen items found.
 *
 * @param files the files, in the order they were given, each folder's files sorted by path
 * @param hiddenSkipped hidden files and folders inside dropped folders that were left out
 * @param unreadableFolders folders that could not be listed
 * @param truncated whether the scan stopped at {@link LocalFileScan#MAX_FILES}
 */
public record ScanResult(List<LocalFile> files, int hiddenSkipped, int unreadableFolders, boolean truncated) {

    public ScanResult {
        files = List.copyOf(files);
    }
}
