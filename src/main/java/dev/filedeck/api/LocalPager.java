package dev.filedeck.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Pages, orders and filters a complete file list on the client, for servers that answer every
 * file at once. Works on a snapshot taken at the first page, so that a walk through the pages
 * neither misses nor repeats a file while others add or delete files.
 */
final class LocalPager {

    private record Snapshot(String purpose, List<FileObject> oldestFirst) {
    }

    private volatile Snapshot snapshot;

    /** The snapshot the query continues, if it is still held. */
    boolean canContinue(ListQuery query) {
        Snapshot s = snapshot;
        return query.after() != null && s != null && Objects.equals(s.purpose(), query.purpose())
                && s.oldestFirst().stream().anyMatch(f -> f.id().equals(query.after()));
    }

    /**
     * Takes a new snapshot from everything the server returned.
     *
     * @param newestFirstHint whether the server lists newest first, for when timestamps cannot tell
     */
    void replace(List<FileObject> all, String purpose, boolean newestFirstHint) {
        List<FileObject> kept = new ArrayList<>(all.size());
        for (FileObject file : all) {
            if (purpose == null || purpose.equals(file.purpose())) {
                kept.add(file);
            }
        }
        // A stable sort: files created in the same second keep the server's order, and the
        // newest-first order is the exact reverse of the oldest-first one. The server's order is
        // first brought to oldest first, so that its tie-break survives.
        if (!kept.isEmpty() && listsNewestFirst(kept, newestFirstHint)) {
            java.util.Collections.reverse(kept);
        }
        kept.sort(Comparator.comparingLong(FileObject::createdAt));
        snapshot = new Snapshot(purpose, List.copyOf(kept));
    }

    private static boolean listsNewestFirst(List<FileObject> files, boolean hint) {
        long first = files.get(0).createdAt();
        long last = files.get(files.size() - 1).createdAt();
        return first == last ? hint : first > last;
    }

    void invalidate() {
        snapshot = null;
    }

    FilePage page(ListQuery query, PagingMode mode) {
        Snapshot s = Objects.requireNonNull(snapshot, "no snapshot");
        List<FileObject> ordered = s.oldestFirst();
        if (query.order() == SortOrder.NEWEST_FIRST) {
            ordered = new ArrayList<>(ordered);
            java.util.Collections.reverse(ordered);
        }
        int start = 0;
        if (query.after() != null) {
            int index = indexOf(ordered, query.after());
            if (index < 0) {
                throw ApiException.protocol("The file list changed since the first page (the page's starting file "
                        + query.after() + " is gone): start again from the first page", 0, null);
            }
            start = index + 1;
        }
        int end = Math.min(ordered.size(), start + query.limit());
        List<FileObject> files = ordered.subList(start, end);
        boolean more = end < ordered.size();
        String first = files.isEmpty() ? null : files.get(0).id();
        String last = files.isEmpty() ? null : files.get(files.size() - 1).id();
        return new FilePage(files, first, last, more, more ? last : null, (long) ordered.size(), mode);
    }

    private static int indexOf(List<FileObject> files, String id) {
        for (int i = 0; i < files.size(); i++) {
            if (files.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
