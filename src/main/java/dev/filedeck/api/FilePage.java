package dev.filedeck.api;

import java.util.List;

/**
 * One page of a file list, the same shape whichever way the server pages.
 *
 * @param files the files of this page, in the requested order
 * @param firstId id of the first file, null when empty
 * @param lastId id of the last file, null when empty
 * @param hasMore whether a next page exists
 * @param nextCursor what to pass as {@link ListQuery#after()} for the next page; null when there is none
 * @param total how many files match in all, when the server (or the client, for servers that do not page) knows
 * @param pagingMode how this page was obtained
 */
public record FilePage(List<FileObject> files, String firstId, String lastId, boolean hasMore, String nextCursor,
                       Long total, PagingMode pagingMode) {

    public FilePage {
        files = List.copyOf(files);
    }
}
