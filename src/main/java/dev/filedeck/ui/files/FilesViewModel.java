package dev.filedeck.ui.files;

import dev.filedeck.api.FileObject;
import dev.filedeck.api.FilePage;
import dev.filedeck.api.ListQuery;
import dev.filedeck.api.SortOrder;
import dev.filedeck.settings.ConnectionSummary;
import dev.filedeck.settings.UiSettings;
import dev.filedeck.ui.format.DisplayFormat;
import dev.filedeck.ui.task.BackgroundTasks;
import dev.filedeck.ui.task.LatestOnly;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The state of the files table: one page of the connection's files at a time, its order, purpose
 * filter and search, whether it is loading, and why it failed. Holds no controls and does no I/O
 * itself: listing runs through {@link BackgroundTasks}, and a newer request always supersedes an
 * older one still running, so a late answer never overwrites a newer page.
 *
 * <p>Use on the FX thread. Nothing is listed until the first {@link #refresh()}; set the page size
 * and order remembered from the last run before that.
 */
public final class FilesViewModel {

    public static final List<Integer> PAGE_SIZES = UiSettings.PAGE_SIZES;
    /** Offered in the purpose filter before any file is seen; purposes are an open set, more are added as seen. */
    static final List<String> COMMON_PURPOSES = List.of("assistants", "assistants_output", "batch", "batch_output",
            "evals", "fine-tune", "fine-tune-results", "user_data", "vision");
    private static final String LOAD_FAILED = "The files could not be loaded";
    private static final String SEARCH_FAILED = "Searching all files failed";

    private FileCatalog catalog;
    private final DisplayFormat format;
    private final ListTexts texts;
    private final Clock clock;
    private final LatestOnly loads;
    private final LatestOnly searches;
    private final SelectionTracker selection = new SelectionTracker();
    private final PageNavigator navigator;

    // What the user sets (bound both ways to the controls).
    private final ObjectProperty<Integer> pageSize = new SimpleObjectProperty<>(this, "pageSize", 100);
    private final ObjectProperty<SortOrder> order = new SimpleObjectProperty<>(this, "order", SortOrder.NEWEST_FIRST);
    private final ObjectProperty<String> purposeFilter = new SimpleObjectProperty<>(this, "purposeFilter");
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");

    // What the view shows.
    private final ObservableList<FileRow> rows = FXCollections.observableArrayList();
    private final ObservableList<FileObject> loaded = FXCollections.observableArrayList();
    private final ObservableList<String> purposes = FXCollections.observableArrayList(COMMON_PURPOSES);
    private final ObservableList<FileRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<FileObject> readOnlyLoaded = FXCollections.unmodifiableObservableList(loaded);
    private final ObservableList<String> readOnlyPurposes = FXCollections.unmodifiableObservableList(purposes);
    private final ReadOnlyObjectWrapper<ListState> state = new ReadOnlyObjectWrapper<>(this, "state", ListState.LOADING);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<LoadFailure> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    private final ReadOnlyStringWrapper pageLabel = new ReadOnlyStringWrapper(this, "pageLabel", "");
    private final ReadOnlyIntegerWrapper pageNumber = new ReadOnlyIntegerWrapper(this, "pageNumber", 1);
    private final ReadOnlyStringWrapper searchStatus = new ReadOnlyStringWrapper(this, "searchStatus", "");
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper(this, "emptyMessage", "");
    private final ReadOnlyObjectWrapper<EmptyReason> emptyReason = new ReadOnlyObjectWrapper<>(this, "emptyReason", EmptyReason.NO_FILES);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "Loading…");
    private final ReadOnlyIntegerWrapper loadedCount = new ReadOnlyIntegerWrapper(this, "loadedCount");
    private final ReadOnlyLongWrapper loadedBytes = new ReadOnlyLongWrapper(this, "loadedBytes");
    private final ReadOnlyStringWrapper connection;
    private final ReadOnlyObjectWrapper<RowSelection> selectionRequest = new ReadOnlyObjectWrapper<>(this, "selectionRequest");

    // Commands' enablement.
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack");
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper(this, "canGoForward");
    private final ReadOnlyBooleanWrapper searchingAll = new ReadOnlyBooleanWrapper(this, "searchingAll");
    private final ReadOnlyBooleanWrapper searchResultsShown = new ReadOnlyBooleanWrapper(this, "searchResultsShown");
    private final ReadOnlyBooleanWrapper canSearchAll = new ReadOnlyBooleanWrapper(this, "canSearchAll");

    private boolean started;
    private boolean everListed;
    private boolean replacingRows;
    private List<FileObject> pageFiles = List.of();
    /** The page's rows, made once per page so that typing a search only filters them. */
    private List<FileRow> pageRows = List.of();
    /** Matches of a search of every page, shown instead of the page; null when the page is shown. */
    private SearchTally searchResults;
    private SearchAllWalk walk;
    /** Repeats what failed last. */
    private Runnable retryAction;

    public FilesViewModel(FileCatalog catalog, ConnectionSummary connection, BackgroundTasks tasks, DisplayFormat format) {
        this(catalog, connection, tasks, format, Clock.systemUTC());
    }

    /** @param clock "now" for relative expiry times ("in 3 days") */
    public FilesViewModel(FileCatalog catalog, ConnectionSummary connection, BackgroundTasks tasks, DisplayFormat format, Clock clock) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.format = Objects.requireNonNull(format, "format");
        this.texts = new ListTexts(format);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.loads = new LatestOnly(tasks);
        this.searches = new LatestOnly(tasks);
        this.connection = new ReadOnlyStringWrapper(this, "connection", connection.describe());
        this.navigator = new PageNavigator(listQuery());
        pageSize.addListener((obs, old, now) -> {
            if (now == null || now < 1 || now > ListQuery.MAX_LIMIT) {
                pageSize.set(old); // never a page size the server refuses
            } else {
                startOver();
            }
        });
        order.addListener((obs, old, now) -> {
            if (now == null) {
                order.set(old);
            } else {
                startOver();
            }
        });
        purposeFilter.addListener((obs, old, now) -> {
            if (now != null && now.isBlank()) {
                purposeFilter.set(null);
            } else {
                startOver();
            }
        });
        searchText.addListener((obs, old, now) -> searchTextChanged());
    }

    // ---- commands ----------------------------------------------------------------------------

    /**
     * Lists the current page again, keeping page, order, filter and selection; the first call lists
     * the first page. A search of all files that was shown is run again too.
     */
    public void refresh() {
        failure.set(null);
        reloadPage();
        if (searchResults != null && walk == null) {
            searchAll();
        }
    }

    public void firstPage() {
        if (canGoBack.get()) {
            go(navigator.first());
        }
    }

    public void previousPage() {
        if (canGoBack.get()) {
            navigator.previous().ifPresent(this::go);
        }
    }

    public void nextPage() {
        if (canGoForward.get()) {
            navigator.next().ifPresent(this::go);
        }
    }

    /** Repeats what failed: the page or the search. */
    public void retry() {
        failure.set(null);
        if (retryAction != null) {
            retryAction.run();
        } else {
            refresh();
        }
    }

    /** Hides the error banner. */
    public void dismissFailure() {
        failure.set(null);
    }

    /** Searches every page (with the current order and purpose) for the search text, in the background. */
    public void searchAll() {
        String text = FileSearch.normalize(searchText.get());
        if (text.isEmpty()) {
            return;
        }
        stopWalk();
        SearchAllWalk mine = new SearchAllWalk(catalog, navigator.list(), text);
        walk = mine;
        retryAction = this::searchAll;
        searchingAll.set(true);
        updateStatus();
        searches.runWithProgress(mine, this::searchProgressed, this::searchFinished, error -> {
            walk = null;
            searchingAll.set(false);
            searchResults = null;
            failure.set(LoadFailure.of(SEARCH_FAILED, error));
            showRows(false);
        });
    }

    /** Stops a search of all files, or leaves its results: the page is shown again, filtered by the text. */
    public void cancelSearchAll() {
        stopWalk();
        searchResults = null;
        showRows(false);
    }

    /**
     * Shows a file just uploaded: lists the page it is on and selects it. Newest first and not hidden
     * by the purpose filter, that is the first page; otherwise the current page is listed again and
     * the file is selected if it is there.
     */
    public void reveal(FileObject uploaded) {
        selection.reveal(uploaded.id());
        if (!FileSearch.matches(uploaded, searchText.get())) {
            searchText.set(""); // the search would hide it
        } else if (walk != null || searchResults != null) {
            stopWalk();
            searchResults = null;
        }
        String purpose = purposeFilter.get();
        boolean onFirstPage = order.get() == SortOrder.NEWEST_FIRST && (purpose == null || purpose.equals(uploaded.purpose()));
        started = true;
        navigator.markStale();
        load(onFirstPage ? navigator.first() : navigator.current());
    }

    /** Takes deleted files out of the table at once, then lists the page again to fill it up. */
    public void removeFromView(Collection<String> ids) {
        Set<String> gone = Set.copyOf(ids);
        navigator.remove(gone);
        selection.removed(gone);
        pageFiles = pageFiles.stream().filter(file -> !gone.contains(file.id())).toList();
        pageRows = pageRows.stream().filter(row -> !gone.contains(row.id())).toList();
        loaded.setAll(pageFiles);
        if (searchResults != null) {
            searchResults = new SearchTally(searchResults.text(), searchResults.searched(),
                    searchResults.matches().stream().filter(file -> !gone.contains(file.id())).toList(), searchResults.complete());
        }
        updateTotals();
        showRows(false);
        if (started) {
            reloadPage();
        }
    }

    /** The view reports the table's selection (any order); the selection order is kept here. */
    public void selectionChanged(List<FileRow> selectedRows) {
        if (!replacingRows) {
            selection.userSelected(selectedRows.stream().map(FileRow::file).toList());
        }
    }

    /**
     * Copies the ids of the selected files, one a line.
     *
     * @return false when nothing is selected (nothing copied)
     */
    public boolean copySelectedIds(TextClipboard clipboard) {
        List<String> ids = selection.ids();
        if (ids.isEmpty()) {
            return false;
        }
        clipboard.putText(String.join("\n", ids));
        return true;
    }

    /**
     * Shows another connection's files: its first page, with the page size and order kept and the
     * search and purpose filter cleared. The old connection's rows go at once, so that no command can
     * act on them through the new connection.
     */
    public void switchTo(FileCatalog newCatalog, ConnectionSummary summaryOfNew, Collection<String> offeredPurposes) {
        loads.cancel();
        stopWalk();
        catalog = Objects.requireNonNull(newCatalog, "newCatalog");
        connection.set(summaryOfNew.describe());
        started = false; // the filter and search listeners below must not list anything yet
        searchText.set("");
        purposeFilter.set(null);
        searchResults = null;
        retryAction = null;
        everListed = false;
        pageFiles = List.of();
        pageRows = List.of();
        loaded.clear();
        selection.removed(selection.ids());
        replacingRows = true;
        try {
            rows.clear();
        } finally {
            replacingRows = false;
        }
        purposes.setAll(COMMON_PURPOSES);
        addKnownPurposes(offeredPurposes);
        failure.set(null);
        state.set(ListState.LOADING);
        summary.set("Loading…");
        pageLabel.set("");
        updateTotals();
        summary.set("Loading…");
        navigator.reset(listQuery());
        started = true;
        load(navigator.first());
    }

    /** Adds purposes to the filter's choices, e.g. those the connection accepts for upload. */
    public void addKnownPurposes(Collection<String> more) {
        TreeSet<String> all = new TreeSet<>(purposes);
        more.stream().filter(p -> p != null && !p.isBlank()).forEach(all::add);
        if (all.size() != purposes.size()) {
            purposes.setAll(all);
        }
    }

    // ---- listing -----------------------------------------------------------------------------

    private ListQuery listQuery() {
        return new ListQuery(null, pageSize.get(), order.get(), purposeFilter.get());
    }

    /** A new list (page size, order, purpose): its first page. */
    private void startOver() {
        navigator.reset(listQuery());
        stopWalk();
        searchResults = null;
        updateStatus();
        if (started) {
            load(navigator.first());
        }
    }

    private void reloadPage() {
        if (started) {
            navigator.markStale();
        }
        started = true;
        load(navigator.current());
    }

    /** Shows a page: at once when seen and still current, else from the server. */
    private void go(PageTarget target) {
        Optional<FilePage> cached = navigator.cached(target);
        if (cached.isPresent()) {
            loads.cancel();
            busy.set(false);
            arrived(target, new LoadedPage(cached.get(), rowsOf(cached.get().files())));
        } else {
            load(target);
        }
    }

    private void load(PageTarget target) {
        retryAction = () -> load(target);
        busy.set(true);
        if (state.get() == ListState.FAILED) {
            state.set(ListState.LOADING);
        }
        // The rows are formatted on the worker too: a thousand of them take the FX thread tens of ms.
        loads.run(() -> {
            FilePage page = catalog.page(target.query());
            return new LoadedPage(page, rowsOf(page.files()));
        }, loaded -> arrived(target, loaded), error -> {
            busy.set(false);
            failure.set(LoadFailure.of(LOAD_FAILED, error));
            if (!everListed) {
                state.set(ListState.FAILED);
                summary.set("Files not loaded");
            }
        });
    }

    /** A page as listed, with its rows ready to show. */
    private record LoadedPage(FilePage page, List<FileRow> rows) {
    }

    private void arrived(PageTarget target, LoadedPage loadedPage) {
        FilePage page = loadedPage.page();
        if (!navigator.arrived(target, page)) {
            return; // of a list replaced meanwhile
        }
        busy.set(false);
        failure.set(null);
        retryAction = null;
        if (page.files().isEmpty() && target.index() > 0) {
            // Deletes emptied the last page, or the server promised more than it had: step back.
            navigator.markLast(target.index() - 1);
            go(navigator.previous().orElseThrow());
            return;
        }
        everListed = true;
        pageFiles = page.files();
        pageRows = loadedPage.rows();
        loaded.setAll(pageFiles);
        addKnownPurposes(pageFiles.stream().map(FileObject::purpose).toList());
        pageNumber.set(target.index() + 1);
        pageLabel.set(texts.pageLabel(target, page));
        updateTotals();
        showRows(true);
    }

    private void updateTotals() {
        long bytes = pageFiles.stream().mapToLong(file -> file.bytes() == null ? 0 : file.bytes()).sum();
        loadedCount.set(pageFiles.size());
        loadedBytes.set(bytes);
        summary.set(format.files(pageFiles.size()) + " loaded, " + format.byteSize(bytes));
    }

    // ---- searching ---------------------------------------------------------------------------

    private void searchTextChanged() {
        if (walk != null || searchResults != null) {
            // Results of another text: back to the page, filtered by the new text.
            stopWalk();
            searchResults = null;
        }
        showRows(false);
    }

    private void searchProgressed(SearchTally tally) {
        boolean more = searchResults == null || searchResults.matches().size() != tally.matches().size();
        searchResults = tally;
        if (more) {
            showRows(false);
        } else {
            updateStatus();
        }
    }

    private void searchFinished(SearchTally tally) {
        walk = null;
        searchingAll.set(false);
        retryAction = null;
        searchResults = tally;
        addKnownPurposes(tally.matches().stream().map(FileObject::purpose).toList());
        showRows(false);
    }

    private void stopWalk() {
        if (walk != null) {
            walk.stop();
            walk = null;
        }
        searches.cancel();
        searchingAll.set(false);
    }

    // ---- rows --------------------------------------------------------------------------------

    /**
     * Replaces the rows: the search's matches when shown, else the page filtered by the search text.
     * The old rows stay until this runs, so a load never blanks the table.
     */
    private void showRows(boolean listed) {
        String text = FileSearch.normalize(searchText.get());
        List<FileRow> shown = searchResults != null ? rowsOf(searchResults.matches())
                : pageRows.stream().filter(row -> FileSearch.matches(row.file(), text)).toList();
        replacingRows = true;
        try {
            rows.setAll(shown);
        } finally {
            replacingRows = false;
        }
        selectionRequest.set(selection.rowsReplaced(shown.stream().map(FileRow::file).toList(), listed));
        if (everListed || !shown.isEmpty()) {
            state.set(shown.isEmpty() ? ListState.EMPTY : ListState.READY);
        }
        ListTexts.Empty empty = texts.empty(searchResults != null || walk != null, walk != null, text, !pageFiles.isEmpty(),
                purposeFilter.get());
        emptyReason.set(empty.reason());
        emptyMessage.set(empty.message());
        updateStatus();
    }

    private List<FileRow> rowsOf(List<FileObject> files) {
        Instant now = clock.instant();
        return files.stream().map(file -> FileRow.of(file, format, now)).toList();
    }

    private void updateStatus() {
        String text = FileSearch.normalize(searchText.get());
        searchStatus.set(texts.searchStatus(searchResults, walk != null, text, rows.size()));
        searchResultsShown.set(searchResults != null || walk != null);
        canSearchAll.set(!text.isEmpty() && walk == null && searchResults == null);
        updateCommands();
    }

    private void updateCommands() {
        boolean paging = !searchResultsShown.get();
        canGoBack.set(paging && navigator.hasPrevious());
        canGoForward.set(paging && navigator.hasNext() && navigator.currentPage().isPresent());
    }

    // ---- properties --------------------------------------------------------------------------

    /** Files per page: one of {@link #PAGE_SIZES}; a change lists the first page. */
    public ObjectProperty<Integer> pageSizeProperty() {
        return pageSize;
    }

    /** Newest or oldest first; a change lists the first page. */
    public ObjectProperty<SortOrder> orderProperty() {
        return order;
    }

    /** Only files of this purpose, or null for all; a change lists the first page. */
    public ObjectProperty<String> purposeFilterProperty() {
        return purposeFilter;
    }

    /** Filters the rows shown by name or id, at once. */
    public StringProperty searchTextProperty() {
        return searchText;
    }

    /** The rows to show, in list order (unmodifiable; sort a view of it). */
    public ObservableList<FileRow> rows() {
        return readOnlyRows;
    }

    /** The files of the page listed, whatever the search shows (unmodifiable). */
    public ObservableList<FileObject> loadedFiles() {
        return readOnlyLoaded;
    }

    /** The selected files in the order they were selected (unmodifiable). */
    public ObservableList<FileObject> selectedFiles() {
        return selection.selected();
    }

    /** Purposes for the filter: the common ones, those the connection accepts, and every one seen; sorted. */
    public ObservableList<String> knownPurposes() {
        return readOnlyPurposes;
    }

    public ReadOnlyObjectProperty<ListState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Whether a page is loading, whatever is shown meanwhile. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Why the last load or search failed; null when it did not. */
    public ReadOnlyObjectProperty<LoadFailure> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** "Files 51–100", with " of 260" when the server tells the total. */
    public ReadOnlyStringProperty pageLabelProperty() {
        return pageLabel.getReadOnlyProperty();
    }

    /** The page shown, from 1. */
    public ReadOnlyIntegerProperty pageNumberProperty() {
        return pageNumber.getReadOnlyProperty();
    }

    /** "3 matches on this page", "Searched 1,200 files… 3 matches", or empty without a search. */
    public ReadOnlyStringProperty searchStatusProperty() {
        return searchStatus.getReadOnlyProperty();
    }

    /** What the table says when it has no rows. */
    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }

    /** Why there are no rows, when there are none. */
    public ReadOnlyObjectProperty<EmptyReason> emptyReasonProperty() {
        return emptyReason.getReadOnlyProperty();
    }

    /** For the status bar: "25 files loaded, 1.2 MB". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty loadedCountProperty() {
        return loadedCount.getReadOnlyProperty();
    }

    /** The bytes of the files loaded (files of unknown size count 0). */
    public ReadOnlyLongProperty totalLoadedBytesProperty() {
        return loadedBytes.getReadOnlyProperty();
    }

    /** "Local sandbox — http://127.0.0.1:…/v1". */
    public ReadOnlyStringProperty connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    /** What the view should select after the rows changed. */
    public ReadOnlyObjectProperty<RowSelection> selectionRequestProperty() {
        return selectionRequest.getReadOnlyProperty();
    }

    /** First and Previous. */
    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    /** Next. */
    public ReadOnlyBooleanProperty canGoForwardProperty() {
        return canGoForward.getReadOnlyProperty();
    }

    /** Whether "Search all files" makes sense: a search text, and no search of all files shown. */
    public ReadOnlyBooleanProperty canSearchAllProperty() {
        return canSearchAll.getReadOnlyProperty();
    }

    /** Whether a search of all files runs. */
    public ReadOnlyBooleanProperty searchingAllProperty() {
        return searchingAll.getReadOnlyProperty();
    }

    /** Whether the rows are a search's matches (running or done) rather than a page. */
    public ReadOnlyBooleanProperty searchResultsShownProperty() {
        return searchResultsShown.getReadOnlyProperty();
    }
}
