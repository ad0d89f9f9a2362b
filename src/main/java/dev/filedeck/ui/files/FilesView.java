package dev.filedeck.ui.files;

import static dev.filedeck.ui.fx.Visibility.showWhen;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import dev.filedeck.api.SortOrder;
import dev.filedeck.settings.UiSettings.ColumnState;
import dev.filedeck.ui.fx.ChoiceText;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.event.EventHandler;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The files table with its search, filters, paging bar and error banner. Loads
 * {@code FilesView.fxml} beside it, binds to a {@link FilesViewModel} and forwards user actions to
 * it; the only state it keeps is the controls' own.
 *
 * <p>Once in a scene it handles, window-wide, Ctrl+Page Down / Ctrl+Page Up (next / previous page)
 * and Ctrl+F (search). In the table, Ctrl+C copies the ids of the selected rows; in the search box,
 * Enter searches all files and Escape clears the search.
 */
public final class FilesView extends BorderPane {

    static final KeyCombination NEXT_PAGE = new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination PREVIOUS_PAGE = new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final FilesViewModel viewModel;
    private final TextClipboard clipboard;
    private final FileColumns columns;
    private final EventHandler<KeyEvent> windowShortcuts = this::handleWindowShortcut;
    /** Set while the view applies the view model's selection, so that the steps are not reported back. */
    private boolean applyingSelection;
    private boolean syncingPurposes;

    @FXML private CustomTextField searchField;
    @FXML private ComboBox<PurposeChoice> purposeChoice;
    @FXML private ComboBox<SortOrder> orderChoice;
    @FXML private Button refreshButton;
    @FXML private HBox searchBar;
    @FXML private ProgressIndicator searchProgress;
    @FXML private Label searchStatusLabel;
    @FXML private Hyperlink searchAllLink;
    @FXML private Button cancelSearchButton;
    @FXML private Button backToPageButton;
    @FXML private HBox errorBanner;
    @FXML private StackPane errorIcon;
    @FXML private Label errorTitle;
    @FXML private Label errorMessage;
    @FXML private Node requestIdLine;
    @FXML private TextField requestIdField;
    @FXML private Button copyRequestIdButton;
    @FXML private Button retryButton;
    @FXML private Button dismissErrorButton;
    @FXML private TableView<FileRow> table;
    @FXML private Node loadingState;
    @FXML private Node emptyState;
    @FXML private StackPane emptyIcon;
    @FXML private Label emptyMessage;
    @FXML private Node errorState;
    @FXML private StackPane failedIcon;
    @FXML private Label pageLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private ComboBox<Integer> pageSizeChoice;
    @FXML private Button firstButton;
    @FXML private Button previousButton;
    @FXML private Button nextButton;

    public FilesView(FilesViewModel viewModel) {
        this(viewModel, new SystemClipboard());
    }

    /** @param clipboard where Ctrl+C puts the selected ids (tests pass their own) */
    public FilesView(FilesViewModel viewModel, TextClipboard clipboard) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.clipboard = Objects.requireNonNull(clipboard, "clipboard");
        FXMLLoader loader = new FXMLLoader(FilesView.class.getResource("FilesView.fxml"));
        loader.setRoot(this);
        loader.setController(this);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load FilesView.fxml", e);
        }
        columns = new FileColumns(table);
        setUpToolbar();
        setUpSearchBar();
        setUpErrorBanner();
        setUpTable();
        setUpPagingBar();
        sceneProperty().addListener((obs, old, now) -> moveWindowShortcuts(old, now));
    }

    // ---- public API ----------------------------------------------------------------------------

    public FilesViewModel viewModel() {
        return viewModel;
    }

    /** The columns as arranged now, to remember. */
    public ColumnLayout columnLayout() {
        return columns.read();
    }

    /** Follows every change of the column layout (width drags change it often: save lazily). */
    public ReadOnlyObjectProperty<ColumnLayout> columnLayoutProperty() {
        return columns.layoutProperty();
    }

    /** Restores remembered columns; unknown ids are ignored, columns not named keep their default place. */
    public void applyColumnLayout(List<ColumnState> layout, String sortColumn, boolean sortAscending) {
        columns.apply(layout, sortColumn, sortAscending);
    }

    /** Copies the ids of the selected rows to the clipboard, one a line. */
    public void copySelectedIds() {
        viewModel.copySelectedIds(clipboard);
    }

    /** Puts the cursor in the search box. */
    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    // ---- set-up --------------------------------------------------------------------------------

    private void setUpToolbar() {
        searchField.setLeft(icon(Feather.SEARCH));
        Button clear = iconButton(Feather.X, "Clear the search");
        clear.setId("clearSearchButton");
        clear.getStyleClass().add(Styles.SMALL);
        clear.setOnAction(event -> searchField.clear());
        clear.visibleProperty().bind(searchField.textProperty().isNotEmpty());
        searchField.setRight(clear);
        searchField.textProperty().bindBidirectional(viewModel.searchTextProperty());
        searchField.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && !searchField.getText().isEmpty()) {
                searchField.clear();
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER && viewModel.canSearchAllProperty().get()) {
                viewModel.searchAll();
                event.consume();
            } else if (event.getCode() == KeyCode.DOWN) {
                table.requestFocus();
                event.consume();
            }
        });

        orderChoice.getItems().setAll(SortOrder.NEWEST_FIRST, SortOrder.OLDEST_FIRST);
        orderChoice.setConverter(ChoiceText.of(order -> order == SortOrder.OLDEST_FIRST ? "Oldest first" : "Newest first"));
        orderChoice.valueProperty().bindBidirectional(viewModel.orderProperty());

        setUpPurposeChoice();
        styleIconButton(refreshButton, Feather.REFRESH_CW);
    }

    /** The purpose filter's choices follow the purposes known; the choice and the view model's filter follow each other. */
    private void setUpPurposeChoice() {
        purposeChoice.setVisibleRowCount(12);
        syncPurposeItems();
        viewModel.knownPurposes().addListener((ListChangeListener<String>) change -> syncPurposeItems());
        purposeChoice.valueProperty().addListener((obs, old, now) -> {
            if (!syncingPurposes) {
                viewModel.purposeFilterProperty().set(now == null ? null : now.purpose());
            }
        });
        viewModel.purposeFilterProperty().addListener((obs, old, now) -> purposeChoice.setValue(new PurposeChoice(now)));
    }

    private void syncPurposeItems() {
        List<PurposeChoice> items = new ArrayList<>();
        items.add(PurposeChoice.ALL);
        viewModel.knownPurposes().forEach(purpose -> items.add(new PurposeChoice(purpose)));
        String filter = viewModel.purposeFilterProperty().get();
        if (filter != null && !viewModel.knownPurposes().contains(filter)) {
            items.add(new PurposeChoice(filter));
        }
        syncingPurposes = true;
        try {
            purposeChoice.getItems().setAll(items);
            purposeChoice.setValue(new PurposeChoice(filter));
        } finally {
            syncingPurposes = false;
        }
    }

    private void setUpSearchBar() {
        showWhen(searchBar, viewModel.searchStatusProperty().isNotEmpty());
        searchStatusLabel.textProperty().bind(viewModel.searchStatusProperty());
        showWhen(searchProgress, viewModel.searchingAllProperty());
        showWhen(searchAllLink, viewModel.canSearchAllProperty());
        showWhen(cancelSearchButton, viewModel.searchingAllProperty());
        showWhen(backToPageButton, viewModel.searchResultsShownProperty().and(viewModel.searchingAllProperty().not()));
        cancelSearchButton.getStyleClass().add(Styles.SMALL);
        backToPageButton.getStyleClass().add(Styles.SMALL);
    }

    private void setUpErrorBanner() {
        ObservableValue<LoadFailure> failure = viewModel.failureProperty();
        showWhen(errorBanner, viewModel.failureProperty().isNotNull());
        errorIcon.getChildren().add(icon(Feather.ALERT_CIRCLE));
        errorTitle.textProperty().bind(failure.map(LoadFailure::title).orElse(""));
        errorMessage.textProperty().bind(failure.map(LoadFailure::message).orElse(""));
        requestIdField.textProperty().bind(failure.map(LoadFailure::requestId).orElse(""));
        showWhen(requestIdLine, failure.map(LoadFailure::hasRequestId).orElse(false));
        // Wide enough for the whole id (monospace): a clipped id is useless to the provider's support.
        requestIdField.prefColumnCountProperty().bind(Bindings.length(requestIdField.textProperty()).add(1));
        styleIconButton(copyRequestIdButton, Feather.COPY);
        copyRequestIdButton.getStyleClass().add(Styles.SMALL);
        styleIconButton(dismissErrorButton, Feather.X);
        retryButton.getStyleClass().add(Styles.DANGER);
        retryButton.setGraphic(icon(Feather.ROTATE_CW));
        retryButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.searchingAllProperty()));
    }

    private void setUpTable() {
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getStyleClass().add(Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // The view model keeps list order; clicking a header sorts this view of the page only.
        SortedList<FileRow> sorted = new SortedList<>(viewModel.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);

        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<FileRow>) change -> {
            if (!applyingSelection) {
                reportSelection();
            }
        });
        viewModel.selectionRequestProperty().addListener((obs, old, request) -> {
            if (request != null) {
                applySelection(request);
            }
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (COPY.match(event)) {
                copySelectedIds();
                event.consume();
            }
        });

        showWhen(loadingState, viewModel.stateProperty().isEqualTo(ListState.LOADING));
        showWhen(emptyState, viewModel.stateProperty().isEqualTo(ListState.EMPTY));
        showWhen(errorState, viewModel.stateProperty().isEqualTo(ListState.FAILED));
        emptyMessage.textProperty().bind(viewModel.emptyMessageProperty());
        FontIcon emptyPicture = icon(Feather.UPLOAD_CLOUD);
        emptyIcon.getChildren().add(emptyPicture);
        viewModel.emptyReasonProperty().addListener((obs, old, reason) -> emptyPicture.setIconCode(switch (reason) {
            case NO_FILES -> Feather.UPLOAD_CLOUD;
            case NO_PURPOSE_MATCH -> Feather.FILTER;
            case NO_SEARCH_MATCH, SEARCHING -> Feather.SEARCH;
        }));
        failedIcon.getChildren().add(icon(Feather.CLOUD_OFF));
    }

    private void reportSelection() {
        List<FileRow> selected = new ArrayList<>();
        for (FileRow row : table.getSelectionModel().getSelectedItems()) {
            if (row != null) { // the selection model may hold null for a moment while items change
                selected.add(row);
            }
        }
        viewModel.selectionChanged(selected);
    }

    /** Selects the requested files by id among the rows now shown, and scrolls to the one revealed. */
    private void applySelection(RowSelection request) {
        Map<String, Integer> indexById = new HashMap<>();
        for (int i = 0; i < table.getItems().size(); i++) {
            indexById.put(table.getItems().get(i).id(), i);
        }
        int scrollTo = -1;
        applyingSelection = true;
        try {
            table.getSelectionModel().clearSelection();
            for (String id : request.ids()) {
                Integer index = indexById.get(id);
                if (index != null) {
                    table.getSelectionModel().select(index);
                    if (id.equals(request.scrollTo())) {
                        scrollTo = index;
                    }
                }
            }
        } finally {
            applyingSelection = false;
        }
        reportSelection();
        if (scrollTo >= 0) {
            table.getFocusModel().focus(scrollTo);
            table.scrollTo(Math.max(0, scrollTo - 2)); // a little context above the row
        }
    }

    private void setUpPagingBar() {
        pageLabel.textProperty().bind(viewModel.pageLabelProperty());
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
        pageSizeChoice.getItems().setAll(FilesViewModel.PAGE_SIZES);
        pageSizeChoice.setConverter(ChoiceText.of(size -> size + " per page"));
        pageSizeChoice.valueProperty().bindBidirectional(viewModel.pageSizeProperty());
        styleIconButton(firstButton, Feather.CHEVRONS_LEFT);
        styleIconButton(previousButton, Feather.CHEVRON_LEFT);
        styleIconButton(nextButton, Feather.CHEVRON_RIGHT);
        firstButton.disableProperty().bind(viewModel.canGoBackProperty().not());
        previousButton.disableProperty().bind(viewModel.canGoBackProperty().not());
        nextButton.disableProperty().bind(viewModel.canGoForwardProperty().not());
    }

    // ---- window-wide shortcuts -------------------------------------------------------------------

    /** A filter on the scene, so the shortcuts work wherever the focus is, even in the table (which uses Page keys itself). */
    private void moveWindowShortcuts(Scene old, Scene now) {
        if (old != null) {
            old.removeEventFilter(KeyEvent.KEY_PRESSED, windowShortcuts);
        }
        if (now != null) {
            now.addEventFilter(KeyEvent.KEY_PRESSED, windowShortcuts);
        }
    }

    private void handleWindowShortcut(KeyEvent event) {
        if (NEXT_PAGE.match(event)) {
            viewModel.nextPage();
        } else if (PREVIOUS_PAGE.match(event)) {
            viewModel.previousPage();
        } else if (FIND.match(event)) {
            focusSearch();
        } else {
            return;
        }
        event.consume();
    }

    // ---- actions ---------------------------------------------------------------------------------

    @FXML
    private void refresh() {
        viewModel.refresh();
    }

    @FXML
    private void retry() {
        viewModel.retry();
    }

    @FXML
    private void dismissFailure() {
        viewModel.dismissFailure();
    }

    @FXML
    private void copyRequestId() {
        LoadFailure failure = viewModel.failureProperty().get();
        if (failure != null && failure.hasRequestId()) {
            clipboard.putText(failure.requestId());
        }
    }

    @FXML
    private void searchAll() {
        viewModel.searchAll();
    }

    @FXML
    private void cancelSearchAll() {
        viewModel.cancelSearchAll();
    }

    @FXML
    private void firstPage() {
        viewModel.firstPage();
    }

    @FXML
    private void previousPage() {
        viewModel.previousPage();
    }

    @FXML
    private void nextPage() {
        viewModel.nextPage();
    }

    // ---- helpers ---------------------------------------------------------------------------------


    private static FontIcon icon(Feather glyph) {
        return new FontIcon(glyph);
    }

    private static Button iconButton(Feather glyph, String tooltip) {
        Button button = new Button();
        styleIconButton(button, glyph);
        button.setTooltip(new javafx.scene.control.Tooltip(tooltip));
        return button;
    }

    private static void styleIconButton(Button button, Feather glyph) {
        button.setGraphic(icon(glyph));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
    }

}
