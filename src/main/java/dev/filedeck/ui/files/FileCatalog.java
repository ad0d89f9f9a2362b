package dev.filedeck.ui.files;

import dev.filedeck.api.FilePage;
import dev.filedeck.api.FilesClient;
import dev.filedeck.api.ListQuery;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Where the files view gets its files from: one page at a time. Blocking: call it from a
 * background task only. An interface rather than the client itself, so the view model stays free
 * of network code and tests can answer with scripted pages.
 */
@FunctionalInterface
public interface FileCatalog {

    /** Files per request when walking every page (search all): few round trips, answers still quick. */
    int WALK_PAGE_SIZE = 1000;

    /** One page; pass {@link FilePage#nextCursor()} back as {@link ListQuery#after()} for the next. */
    FilePage page(ListQuery query);

    /** Every page from {@code first} on, each fetched only when the iteration reaches it. */
    default Iterable<FilePage> pages(ListQuery first) {
        return () -> new Iterator<>() {
            private ListQuery next = first;

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public FilePage next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                FilePage page = page(next);
                next = page.hasMore() && page.nextCursor() != null ? next.after(page.nextCursor()) : null;
                return page;
            }
        };
    }

    /** The catalog of a connection. Its walk refuses to loop on a server that ignores the cursor. */
    static FileCatalog of(FilesClient client) {
        return new FileCatalog() {
            @Override
            public FilePage page(ListQuery query) {
                return client.list(query);
            }

            @Override
            public Iterable<FilePage> pages(ListQuery first) {
                return client.pages(first);
            }
        };
    }
}
