package dev.filedeck.ui.files;

import dev.filedeck.api.FilePage;
import dev.filedeck.api.ListQuery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the user is in a paged list, and the way back. Keeps the cursor of every visited page, so
 * that Previous and First never depend on the server walking backwards (cursor APIs cannot), and
 * the visited pages themselves, so that going back is instant. Plain logic, no toolkit: the view
 * model decides when to fetch.
 *
 * <p>Cursors are what the server handed out ({@link FilePage#nextCursor()}): usually the id of the
 * previous page's last file, an offset for page-number servers.
 */
final class PageNavigator {

    /** A page seen: what it held, and whether that is still current (a refresh makes it stale). */
    private record Visit(FilePage page, boolean fresh) {
    }

    private ListQuery list;
    /** The target of every page known to exist, from the first page to one past the furthest visited. */
    private final List<PageTarget> targets = new ArrayList<>();
    private final Map<Integer, Visit> visits = new HashMap<>();
    /** Pages found to be the last even though the server said more would follow. */
    private final Set<Integer> lastPages = new HashSet<>();
    private int index;

    PageNavigator(ListQuery list) {
        reset(list);
    }

    /** A new list (order, purpose, page size): back to its first page, forgetting everything seen. */
    void reset(ListQuery newList) {
        list = newList.after(null);
        targets.clear();
        targets.add(new PageTarget(0, 0, list));
        visits.clear();
        lastPages.clear();
        index = 0;
    }

    ListQuery list() {
        return list;
    }

    /** The page shown (or to be shown first), from 0. */
    int index() {
        return index;
    }

    /** The page shown, if it has arrived. */
    Optional<FilePage> currentPage() {
        return Optional.ofNullable(visits.get(index)).map(Visit::page);
    }

    PageTarget current() {
        return targets.get(index);
    }

    PageTarget first() {
        return targets.get(0);
    }

    boolean hasPrevious() {
        return index > 0;
    }

    Optional<PageTarget> previous() {
        return hasPrevious() ? Optional.of(targets.get(index - 1)) : Optional.empty();
    }

    boolean hasNext() {
        return index + 1 < targets.size() && !lastPages.contains(index);
    }

    Optional<PageTarget> next() {
        return hasNext() ? Optional.of(targets.get(index + 1)) : Optional.empty();
    }

    /** The page as it was last seen, unless stale or of another list. */
    Optional<FilePage> cached(PageTarget target) {
        Visit visit = visits.get(target.index());
        boolean same = target.index() < targets.size() && targets.get(target.index()).equals(target);
        return visit != null && visit.fresh() && same ? Optional.of(visit.page()) : Optional.empty();
    }

    /**
     * A page arrived: it becomes the current one, and its cursor tells where the next page starts.
     *
     * @return false when the page belongs to a list that was replaced meanwhile (then nothing changes)
     */
    boolean arrived(PageTarget target, FilePage page) {
        if (!target.list().equals(list) || target.index() >= targets.size()) {
            return false;
        }
        index = target.index();
        targets.set(index, target);
        visits.put(index, new Visit(page, true));
        PageTarget following = page.hasMore() && page.nextCursor() != null
                ? new PageTarget(index + 1, target.offset() + page.files().size(), list.after(page.nextCursor()))
                : null;
        boolean sameFollowing = index + 1 < targets.size() && targets.get(index + 1).equals(following);
        if (!sameFollowing) {
            // The list changed from here on: what was seen beyond is not reachable the same way.
            forgetBeyond(index);
            if (following != null) {
                targets.add(following);
            }
        }
        return true;
    }

    /** Marks the page as the last: the server said more would follow, but the next page was empty. */
    void markLast(int pageIndex) {
        lastPages.add(pageIndex);
    }

    /** Marks every page seen as stale (a refresh): going back fetches again, but cursors stay. */
    void markStale() {
        visits.replaceAll((i, visit) -> new Visit(visit.page(), false));
        lastPages.clear();
    }

    /**
     * Files were deleted: drops them from the pages seen, and moves each cursor that named a deleted
     * file to the last surviving file before it, so that later pages still start at the right place.
     */
    void remove(Set<String> ids) {
        visits.replaceAll((i, visit) -> new Visit(without(visit.page(), ids), visit.fresh()));
        for (int i = 1; i < targets.size(); i++) {
            PageTarget target = targets.get(i);
            PageTarget before = targets.get(i - 1);
            String cursor = target.query().after();
            Visit previous = visits.get(i - 1);
            long offset = previous == null ? target.offset() : before.offset() + previous.page().files().size();
            if (cursor != null && ids.contains(cursor)) {
                cursor = lastSurvivor(previous).orElse(before.query().after());
            }
            targets.set(i, new PageTarget(i, offset, list.after(cursor)));
        }
    }

    private static Optional<String> lastSurvivor(Visit visit) {
        if (visit == null || visit.page().files().isEmpty()) {
            return Optional.empty();
        }
        List<dev.filedeck.api.FileObject> files = visit.page().files();
        return Optional.of(files.get(files.size() - 1).id());
    }

    private static FilePage without(FilePage page, Set<String> ids) {
        if (page.files().stream().noneMatch(f -> ids.contains(f.id()))) {
            return page;
        }
        return new FilePage(page.files().stream().filter(f -> !ids.contains(f.id())).toList(), page.firstId(), page.lastId(),
                page.hasMore(), page.nextCursor(), page.total() == null ? null : Math.max(0, page.total() - ids.size()),
                page.pagingMode());
    }

    private void forgetBeyond(int pageIndex) {
        while (targets.size() > pageIndex + 1) {
            targets.remove(targets.size() - 1);
        }
        visits.keySet().removeIf(i -> i > pageIndex);
        lastPages.removeIf(i -> i > pageIndex);
    }
}
