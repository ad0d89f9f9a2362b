package dev.filedeck.ui.files;

import dev.filedeck.api.FileObject;
import dev.filedeck.api.FilePage;
import dev.filedeck.api.ListQuery;
import dev.filedeck.api.PagingMode;
import dev.filedeck.api.SortOrder;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The paging bookkeeping alone: cursors of visited pages, cached pages, and cursors after deletes. */
class PageNavigatorTest {

    private static final ListQuery LIST = new ListQuery(null, 3, SortOrder.NEWEST_FIRST, null);

    private final PageNavigator navigator = new PageNavigator(LIST);

    @Test
    void startsOnTheFirstPageWithNowhereToGo() {
        assertEquals(0, navigator.index());
        assertNull(navigator.current().query().after());
        assertFalse(navigator.hasPrevious());
        assertFalse(navigator.hasNext());
    }

    @Test
    void eachPagesCursorLeadsToTheNextAndIsKeptForTheWayBack() {
        arrive(navigator.current(), page(true, "f9", "f8", "f7"));
        PageTarget second = navigator.next().orElseThrow();
        assertEquals("f7", second.query().after());
        assertEquals(3, second.offset());

        arrive(second, page(true, "f6", "f5", "f4"));
        PageTarget third = navigator.next().orElseThrow();
        assertEquals("f4", third.query().after());
        arrive(third, page(false, "f3"));

        assertFalse(navigator.hasNext());
        assertEquals("f7", navigator.previous().orElseThrow().query().after());
        assertEquals(List.of("f6", "f5", "f4"), ids(navigator.cached(navigator.previous().orElseThrow()).orElseThrow()));
        assertEquals(List.of("f9", "f8", "f7"), ids(navigator.cached(navigator.first()).orElseThrow()));
    }

    @Test
    void aStalePageIsNotServedFromTheCacheButItsCursorStays() {
        arrive(navigator.current(), page(true, "f9", "f8", "f7"));
        arrive(navigator.next().orElseThrow(), page(true, "f6", "f5", "f4"));

        navigator.markStale();

        assertTrue(navigator.cached(navigator.first()).isEmpty());
        assertEquals("f7", navigator.current().query().after());
    }

    @Test
    void aPageOfAReplacedListIsIgnored() {
        PageTarget old = navigator.current();
        navigator.reset(LIST.withOrder(SortOrder.OLDEST_FIRST));

        assertFalse(navigator.arrived(old, page(true, "f9", "f8", "f7")));
        assertTrue(navigator.currentPage().isEmpty());
    }

    @Test
    void aChangedPageForgetsWhatWasSeenBeyondIt() {
        arrive(navigator.current(), page(true, "f9", "f8", "f7"));
        arrive(navigator.next().orElseThrow(), page(true, "f6", "f5", "f4"));
        arrive(navigator.next().orElseThrow(), page(false, "f3"));
        // Back on page 1, which now ends elsewhere (files were added): page 2 starts at the new cursor.
        arrive(navigator.first(), page(true, "f10", "f9", "f8"));

        PageTarget second = navigator.next().orElseThrow();
        assertEquals("f8", second.query().after());
        assertTrue(navigator.cached(second).isEmpty());
    }

    @Test
    void aCursorNamingADeletedFileMovesToTheLastSurvivorBeforeIt() {
        arrive(navigator.current(), page(true, "f9", "f8", "f7"));
        arrive(navigator.next().orElseThrow(), page(true, "f6", "f5", "f4"));
        arrive(navigator.next().orElseThrow(), page(false, "f3", "f2"));

        navigator.remove(Set.of("f7", "f4", "f5"));

        // Page 2 now starts after f8; page 3 after f6, the last file left on page 2.
        assertEquals("f8", navigator.previous().orElseThrow().query().after());
        assertEquals("f6", navigator.current().query().after());
        assertEquals(2, navigator.previous().orElseThrow().offset());
        assertEquals(3, navigator.current().offset());
        assertEquals(List.of("f9", "f8"), ids(navigator.cached(navigator.first()).orElseThrow()));
    }

    @Test
    void whenAWholePageIsDeletedTheNextStartsWhereItDid() {
        arrive(navigator.current(), page(true, "f9", "f8", "f7"));
        arrive(navigator.next().orElseThrow(), page(true, "f6", "f5", "f4"));
        arrive(navigator.next().orElseThrow(), page(false, "f3"));

        navigator.remove(Set.of("f6", "f5", "f4"));

        assertEquals("f7", navigator.current().query().after());
    }

    @Test
    void offsetCursorsOfPageNumberServersAreLeftAlone() {
        arrive(navigator.current(), new FilePage(files("a", "b", "c"), "a", "c", true, "~offset:3", 5L, PagingMode.PAGE_NUMBER));
        arrive(navigator.next().orElseThrow(), new FilePage(files("d", "e"), "d", "e", false, null, 5L, PagingMode.PAGE_NUMBER));

        navigator.remove(Set.of("c"));

        assertEquals("~offset:3", navigator.current().query().after());
    }

    @Test
    void aPageMarkedLastHasNoNext() {
        arrive(navigator.current(), page(true, "f9", "f8", "f7"));
        navigator.markLast(0);
        assertFalse(navigator.hasNext());
        navigator.markStale();
        assertTrue(navigator.hasNext(), "a refresh may find more again");
    }

    private void arrive(PageTarget target, FilePage page) {
        assertTrue(navigator.arrived(target, page));
    }

    private static FilePage page(boolean more, String... ids) {
        List<FileObject> files = files(ids);
        String last = ids[ids.length - 1];
        return new FilePage(files, ids[0], last, more, more ? last : null, null, PagingMode.CURSOR);
    }

    private static List<FileObject> files(String... ids) {
        return IntStream.range(0, ids.length)
                .mapToObj(i -> new FileObject(ids[i], 1L, 1000 - i, null, ids[i] + ".txt", "batch", "processed", null, "{}"))
                .toList();
    }

    private static List<String> ids(FilePage page) {
        return page.files().stream().map(FileObject::id).toList();
    }
}
