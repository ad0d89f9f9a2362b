package dev.filedeck.ui.files;

import dev.filedeck.api.FileObject;
import dev.filedeck.api.ListQuery;
import dev.filedeck.api.SortOrder;
import dev.filedeck.sandbox.Fault;
import dev.filedeck.sandbox.FaultRule;
import dev.filedeck.settings.ConnectionSummary;
import dev.filedeck.ui.format.DisplayFormat;
import dev.filedeck.ui.task.BackgroundTasks;
import dev.filedeck.ui.task.DeferredBackgroundTasks;
import dev.filedeck.ui.task.ImmediateBackgroundTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static dev.filedeck.ui.files.SeededSandbox.name;
import static dev.filedeck.ui.files.SeededSandbox.namesDown;
import static dev.filedeck.ui.files.SeededSandbox.namesUp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Paging, order, filter, search and refresh of the view model against a real Local sandbox, without a toolkit. */
class FilesViewModelSandboxTest {

    private static final DisplayFormat UTC = new DisplayFormat(ZoneOffset.UTC, Locale.ROOT);

    @TempDir
    Path folder;

    private SeededSandbox sandbox;
    private List<FileObject> seeded;

    @BeforeEach
    void seed() {
        sandbox = SeededSandbox.start(folder);
        seeded = sandbox.seed(60);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private FilesViewModel model(BackgroundTasks tasks) {
        return model(tasks, FileCatalog.of(sandbox.client));
    }

    private FilesViewModel model(BackgroundTasks tasks, FileCatalog catalog) {
        FilesViewModel model = new FilesViewModel(catalog, new ConnectionSummary("Local sandbox", sandbox.server.baseUrl()), tasks, UTC);
        model.pageSizeProperty().set(25);
        return model;
    }

    @Test
    void pagesForwardAndBackNewestFirst() {
        FilesViewModel model = model(new ImmediateBackgroundTasks());

        model.refresh();
        assertEquals(namesDown(60, 36), names(model));
        assertEquals("Files 1–25", model.pageLabelProperty().get());
        assertFalse(model.canGoBackProperty().get());
        assertTrue(model.canGoForwardProperty().get());

        model.nextPage();
        assertEquals(namesDown(35, 11), names(model));
        assertEquals("Files 26–50", model.pageLabelProperty().get());
        assertEquals(2, model.pageNumberProperty().get());

        model.nextPage();
        assertEquals(namesDown(10, 1), names(model));
        assertEquals("Files 51–60", model.pageLabelProperty().get());
        assertFalse(model.canGoForwardProperty().get());

        model.previousPage();
        assertEquals(namesDown(35, 11), names(model));
        model.firstPage();
        assertEquals(namesDown(60, 36), names(model));
        assertEquals("25 files loaded, 400 bytes", model.summaryProperty().get());
    }

    @Test
    void goingBackShowsVisitedPagesWithoutAskingTheServer() {
        FilesViewModel model = model(new ImmediateBackgroundTasks());
        model.refresh();
        model.nextPage();
        model.nextPage();
        sandbox.clearRequests();

        model.previousPage();
        assertEquals(namesDown(35, 11), names(model));
        model.previousPage();
        assertEquals(namesDown(60, 36), names(model));
        model.nextPage();
        model.nextPage();
        model.firstPage();

        assertEquals(namesDown(60, 36), names(model));
        assertEquals(0, sandbox.listRequests(), "every page came from the cache");
    }

    @Test
    void aRefreshListsTheCurrentPageAgainAndKeepsPageAndSelection() {
        FilesViewModel model = model(new ImmediateBackgroundTasks());
        model.refresh();
        model.nextPage();
        model.selectionChanged(List.of(model.rows().get(3), model.rows().get(1)));
        List<String> selected = ids(model.selectedFiles());
        assertEquals(List.of(seeded.get(31).id(), seeded.get(33).id()), selected, "in the order selected");
        sandbox.upload("newcomer.jsonl", "fine-tune");
        sandbox.clearRequests();

        model.refresh();

        assertEquals(1, sandbox.listRequests());
        assertEquals(2, model.pageNumberProperty().get());
        assertEquals(namesDown(35, 11), names(model), "page 2 still starts after the same file");
        assertEquals(selected, ids(model.selectedFiles()));
        assertEquals(selected, model.selectionRequestProperty().get().ids());
        model.previousPage();
        assertEquals("newcomer.jsonl", names(model).get(0), "the page seen before the refresh is fetched again");
    }

    @Test
    void aPageAnsweringAfterANewerRequestIsIgnored() {
        DeferredBackgroundTasks tasks = new DeferredBackgroundTasks();
        FilesViewModel model = model(tasks);
        model.refresh();
        tasks.completeAll();

        model.nextPage();                                   // page 2 of newest first…
        model.orderProperty().set(SortOrder.OLDEST_FIRST);  // …superseded by page 1 of oldest first
        assertTrue(tasks.isCancelled(0));
        tasks.completeNewest();
        tasks.completeOldest();

        assertEquals(namesUp(1, 25), names(model));
        assertEquals(1, model.pageNumberProperty().get());
        assertEquals("Files 1–25", model.pageLabelProperty().get());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void theOldRowsStayWhileTheNextPageLoads() {
        DeferredBackgroundTasks tasks = new DeferredBackgroundTasks();
        FilesViewModel model = model(tasks);
        model.refresh();
        tasks.completeAll();

        model.nextPage();

        assertTrue(model.busyProperty().get());
        assertEquals(namesDown(60, 36), names(model));
        assertEquals("Files 1–25", model.pageLabelProperty().get());
        tasks.completeAll();
        assertEquals(namesDown(35, 11), names(model));
        assertFalse(model.busyProperty().get());
    }

    @Test
    void orderAndPurposeStartAgainFromTheFirstPage() {
        FilesViewModel model = model(new ImmediateBackgroundTasks());
        model.refresh();
        model.nextPage();

        model.orderProperty().set(SortOrder.OLDEST_FIRST);
        assertEquals(namesUp(1, 25), names(model));
        assertEquals(1, model.pageNumberProperty().get());

        model.purposeFilterProperty().set("batch");
        assertEquals(List.of(name(10), name(20), name(30), name(40), name(50), name(60)), names(model));
        assertTrue(model.rows().stream().allMatch(row -> row.purpose().equals("batch")));
        assertFalse(model.canGoForwardProperty().get());

        model.pageSizeProperty().set(50);
        assertEquals(6, model.rows().size());
        assertTrue(model.knownPurposes().containsAll(List.of("batch", "fine-tune")));
    }

    @Test
    void theSearchFiltersTheLoadedPageByNameOrIdIgnoringCase() {
        FilesViewModel model = model(new ImmediateBackgroundTasks());
        model.refresh();

        model.searchTextProperty().set("REPORT-05");
        assertEquals(namesDown(59, 50), names(model));
        assertEquals("10 matches on this page", model.searchStatusProperty().get());
        assertTrue(model.canSearchAllProperty().get());

        String id = seeded.get(44).id();
        model.searchTextProperty().set(id.substring(5).toUpperCase(Locale.ROOT));
        assertEquals(List.of(name(45)), names(model));

        model.searchTextProperty().set("report-003");
        assertTrue(model.rows().isEmpty());
        assertEquals(EmptyReason.NO_SEARCH_MATCH, model.emptyReasonProperty().get());
        assertEquals("No file on this page matches “report-003”", model.emptyMessageProperty().get());

        model.searchTextProperty().set("");
        assertEquals(25, model.rows().size());
        assertEquals("", model.searchStatusProperty().get());
        assertFalse(model.canSearchAllProperty().get());
    }

    @Test
    void searchingAllFilesFindsFilesOnLaterPagesUntilTheSearchIsLeft() {
        FilesViewModel model = model(new ImmediateBackgroundTasks());
        model.refresh();
        model.searchTextProperty().set("report-00");

        model.searchAll();

        assertEquals(namesDown(9, 1), names(model));
        assertEquals("9 matches in all 60 files", model.searchStatusProperty().get());
        assertTrue(model.searchResultsShownProperty().get());
        assertFalse(model.canGoForwardProperty().get(), "no paging through search results");
        assertFalse(model.canSearchAllProperty().get());

        model.cancelSearchAll();
        assertTrue(model.rows().isEmpty(), "back to the first page, where nothing matches");
        assertTrue(model.canGoForwardProperty().get());
        assertTrue(model.canSearchAllProperty().get());
    }

    @Test
    void searchingAllReportsProgressAndACancelStopsTheWalk() {
        // Walks pages of 10, so that the walk takes six requests; it is cancelled after the first.
        FileCatalog smallPages = new FileCatalog() {
            @Override
            public dev.filedeck.api.FilePage page(ListQuery query) {
                return sandbox.client.list(query);
            }

            @Override
            public Iterable<dev.filedeck.api.FilePage> pages(ListQuery first) {
                return sandbox.client.pages(first.withLimit(10));
            }
        };
        ImmediateBackgroundTasks tasks = new ImmediateBackgroundTasks();
        FilesViewModel model = model(tasks, smallPages);
        model.refresh();
        model.searchTextProperty().set("report-05");
        List<String> statuses = new ArrayList<>();
        model.searchStatusProperty().addListener((obs, old, now) -> {
            statuses.add(now);
            if (now.startsWith("Searched 10 files")) {
                model.cancelSearchAll();
            }
        });
        sandbox.clearRequests();

        model.searchAll();

        assertEquals(List.of("Searching all files…", "Searched 10 files… 9 matches", "10 matches on this page"), statuses);
        assertEquals(1, sandbox.listRequests(), "the walk stopped before its second page");
        assertFalse(model.searchingAllProperty().get());
        assertFalse(model.searchResultsShownProperty().get());
        assertEquals(namesDown(59, 50), names(model), "the page again, filtered");
        assertNull(model.failureProperty().get());
    }

    @Test
    void aCancelledSearchNeverDelivers() {
        DeferredBackgroundTasks tasks = new DeferredBackgroundTasks();
        FilesViewModel model = model(tasks);
        model.refresh();
        tasks.completeAll();
        model.searchTextProperty().set("report-00");

        model.searchAll();
        assertTrue(model.searchingAllProperty().get());
        assertEquals("Searching all files…", model.searchStatusProperty().get());
        model.cancelSearchAll();
        tasks.completeAll();

        assertTrue(model.rows().isEmpty());
        assertFalse(model.searchResultsShownProperty().get());
        assertEquals("0 matches on this page", model.searchStatusProperty().get());
    }

    @Test
    void revealingAnUploadListsTheFirstPageAndSelectsIt() {
        FilesViewModel model = model(new ImmediateBackgroundTasks());
        model.refresh();
        model.nextPage();
        model.searchTextProperty().set("report-0");
        FileObject uploaded = sandbox.upload("fresh.jsonl", "batch");

        model.reveal(uploaded);

        assertEquals(1, model.pageNumberProperty().get());
        assertEquals("fresh.jsonl", names(model).get(0));
        assertEquals("", model.searchTextProperty().get(), "a search hiding it was cleared");
        assertEquals(List.of(uploaded.id()), ids(model.selectedFiles()));
        RowSelection request = model.selectionRequestProperty().get();
        assertEquals(List.of(uploaded.id()), request.ids());
        assertEquals(uploaded.id(), request.scrollTo());
    }

    @Test
    void revealingInOldestFirstOrderListsTheCurrentPageAgain() {
        FilesViewModel model = model(new ImmediateBackgroundTasks());
        model.orderProperty().set(SortOrder.OLDEST_FIRST);
        model.refresh();
        model.nextPage();
        model.nextPage();
        FileObject uploaded = sandbox.upload("fresh.jsonl", "batch");

        model.reveal(uploaded);

        assertEquals(3, model.pageNumberProperty().get());
        assertEquals("fresh.jsonl", names(model).get(names(model).size() - 1));
        assertEquals(List.of(uploaded.id()), ids(model.selectedFiles()));
    }

    @Test
    void deletedFilesLeaveTheViewAndLaterPagesStillStartRight() {
        FilesViewModel model = model(new ImmediateBackgroundTasks());
        model.refresh();
        model.nextPage();
        // Page 2 starts after report-036, the last file of page 1: delete it, and files on page 2.
        List<String> gone = List.of(seeded.get(35).id(), seeded.get(34).id(), seeded.get(20).id());
        model.selectionChanged(List.of(model.rows().get(0), model.rows().get(1)));
        gone.forEach(sandbox.client::delete);

        model.removeFromView(gone);

        assertNull(model.failureProperty().get());
        List<String> expected = new ArrayList<>(namesDown(34, 22));
        expected.addAll(namesDown(20, 9));
        assertEquals(expected, names(model));
        assertEquals(List.of(seeded.get(33).id()), ids(model.selectedFiles()), "the deleted file left the selection");
        model.previousPage();
        List<String> firstPage = new ArrayList<>(namesDown(60, 37));
        firstPage.add(name(34)); // listed again, page 1 now reaches into what page 2 showed: cursors cannot help that
        assertEquals(firstPage, names(model));
    }

    @Test
    void deletingTheWholeLastPageStepsBack() {
        FilesViewModel model = model(new ImmediateBackgroundTasks());
        model.refresh();
        model.nextPage();
        model.nextPage();
        List<String> lastPage = model.rows().stream().map(FileRow::id).toList();
        lastPage.forEach(sandbox.client::delete);

        model.removeFromView(lastPage);

        assertEquals(2, model.pageNumberProperty().get());
        assertEquals(namesDown(35, 11), names(model));
        assertFalse(model.canGoForwardProperty().get());
    }

    @Test
    void aFailedPageShowsTheRequestIdAndRetryRepeatsIt() {
        FilesViewModel model = model(new ImmediateBackgroundTasks());
        model.refresh();
        sandbox.server.faults().add(FaultRule.on("GET", "/files", Fault.status(500)));

        model.nextPage();

        LoadFailure failure = model.failureProperty().get();
        assertTrue(failure.requestId().startsWith("req_"), failure.requestId());
        assertEquals("The files could not be loaded", failure.title());
        assertEquals(ListState.READY, model.stateProperty().get(), "the page shown stays");
        assertEquals(namesDown(60, 36), names(model));

        model.retry();

        assertNull(model.failureProperty().get());
        assertEquals(namesDown(35, 11), names(model), "the retry went where the failed request went");
    }

    @Test
    void copiesTheSelectedIdsOneALine() {
        FilesViewModel model = model(new ImmediateBackgroundTasks());
        model.refresh();
        AtomicReference<String> clipboard = new AtomicReference<>();
        assertFalse(model.copySelectedIds(clipboard::set));

        model.selectionChanged(List.of(model.rows().get(2)));
        model.selectionChanged(List.of(model.rows().get(0), model.rows().get(2)));

        assertTrue(model.copySelectedIds(clipboard::set));
        assertEquals(seeded.get(57).id() + "\n" + seeded.get(59).id(), clipboard.get());
    }

    @Test
    void nothingIsListedBeforeTheFirstRefresh() {
        FilesViewModel model = model(new ImmediateBackgroundTasks());
        model.orderProperty().set(SortOrder.OLDEST_FIRST);
        model.pageSizeProperty().set(50);

        assertEquals(0, sandbox.listRequests());
        model.refresh();
        assertEquals(namesUp(1, 50), names(model));
    }

    @Test
    void refusesPageSizesTheServerWouldRefuse() {
        FilesViewModel model = model(new ImmediateBackgroundTasks());
        model.pageSizeProperty().set(ListQuery.MAX_LIMIT + 1);
        assertEquals(25, model.pageSizeProperty().get());
        model.pageSizeProperty().set(null);
        assertEquals(25, model.pageSizeProperty().get());
    }

    @Test
    void selectionRemovedIdsAreForgottenEvenWhenShownElsewhere() {
        FilesViewModel model = model(new ImmediateBackgroundTasks());
        model.refresh();
        model.selectionChanged(List.of(model.rows().get(0)));
        model.removeFromView(Set.of(model.rows().get(0).id()));
        assertTrue(model.selectedFiles().isEmpty());
    }

    private static List<String> names(FilesViewModel model) {
        return model.rows().stream().map(row -> row.file().filename()).toList();
    }

    private static List<String> ids(List<FileObject> files) {
        return files.stream().map(FileObject::id).toList();
    }
}
