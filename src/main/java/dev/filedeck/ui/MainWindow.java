package dev.filedeck.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Styles;
import dev.filedeck.settings.UiSettings;
import dev.filedeck.transfer.QueuedTransferService;
import dev.filedeck.ui.about.AboutDialog;
import dev.filedeck.ui.about.AboutInfo;
import dev.filedeck.ui.delete.DeleteViewModel;
import dev.filedeck.connection.ConnectionChoice;
import dev.filedeck.ui.connections.ConnectionSwitcherViewModel;
import dev.filedeck.ui.connections.ConnectionsViewModel;
import dev.filedeck.ui.connections.ConnectionsWindow;
import dev.filedeck.ui.details.DetailsView;
import dev.filedeck.ui.details.DetailsViewModel;
import dev.filedeck.ui.dialog.DialogService;
import dev.filedeck.ui.dialog.FxDialogService;
import dev.filedeck.ui.files.FileCatalog;
import dev.filedeck.ui.files.FilesView;
import dev.filedeck.ui.files.FilesViewModel;
import dev.filedeck.inspect.RemoteFiles;
import dev.filedeck.ui.preview.PreviewView;
import dev.filedeck.ui.preview.PreviewViewModel;
import dev.filedeck.ui.preview.SidePanel;
import dev.filedeck.ui.preview.ValidateDialog;
import dev.filedeck.api.SortOrder;
import dev.filedeck.ui.transfers.DownloadFlow;
import dev.filedeck.ui.transfers.TransfersView;
import dev.filedeck.ui.transfers.TransfersViewModel;
import dev.filedeck.ui.upload.UploadActions;
import dev.filedeck.ui.upload.UploadContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window: wires the files table, the details panel, the transfer queue, uploads,
 * downloads and deletes together, and keeps what the window remembers. Each part has its own view
 * and view model; this class only connects them and owns the window-wide shortcuts.
 */
public final class MainWindow {

    public static final String TITLE = "FileDeck";
    static final double DEFAULT_WIDTH = 1180;
    static final double DEFAULT_HEIGHT = 740;
    private static final double DETAILS_DIVIDER = 0.68;

    private final Stage stage;
    private final MainServices services;
    private final SettingsKeeper settings;

    private FilesViewModel files;
    private FilesView filesView;
    private DetailsView detailsView;
    private SidePanel sidePanel;
    private TransfersView transfersView;
    private QueuedTransferService transfers;
    private UploadActions uploads;
    private DownloadFlow downloads;
    private DeleteViewModel deletes;
    private MainViewModel commands;
    private DialogService dialogs;
    private ConnectionSwitcherViewModel switcher;
    private Consumer<String> browser = url -> { };

    @FXML private StackPane windowRoot;
    @FXML private SplitPane contentSplit;
    @FXML private StackPane transfersHost;
    @FXML private Label connectionLabel;
    @FXML private MenuButton connectionButton;
    @FXML private MenuItem connectionsItem;
    @FXML private HBox sandboxBanner;
    @FXML private Label noticeLabel;
    @FXML private Label activityLabel;
    @FXML private Label transfersLabel;
    @FXML private Label filesLabel;
    @FXML private MenuItem uploadItem;
    @FXML private MenuItem downloadItem;
    @FXML private MenuItem deleteItem;
    @FXML private MenuItem validateItem;
    @FXML private MenuItem quitItem;
    @FXML private MenuItem copyIdsItem;
    @FXML private MenuItem refreshItem;
    @FXML private CheckMenuItem detailsItem;
    @FXML private CheckMenuItem transfersItem;
    @FXML private CheckMenuItem darkItem;
    @FXML private javafx.scene.control.Menu concurrencyMenu;
    @FXML private Button toolbarUploadButton;
    @FXML private Button toolbarDownloadButton;
    @FXML private Button toolbarDeleteButton;
    @FXML private Button toolbarRefreshButton;
    @FXML private ToggleButton transfersToggle;
    @FXML private ToggleButton detailsToggle;
    @FXML private ToggleButton themeToggle;

    public MainWindow(Stage stage, MainServices services) {
        this.stage = stage;
        this.services = services;
        this.settings = services.settings();
    }

    /**
     * Shows the window at once, where it was last time, with only a line saying what is being
     * opened: the first frame should not wait for the connection or for the parts to be built.
     * {@link #show()} then puts the real content into the same window.
     */
    public static void showOpening(Stage stage, UiSettings remembered, String what) {
        applyTheme(remembered.darkTheme());
        Label opening = new Label(what);
        opening.getStyleClass().addAll(Styles.TEXT_MUTED, "opening-label");
        StackPane root = new StackPane(opening);
        root.getStyleClass().add("opening");
        Scene scene = new Scene(root, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene.getStylesheets().add(stylesheet());
        stage.titleProperty().unbind(); // a stage used before (tests reuse theirs) may still follow an old window
        stage.setTitle(TITLE);
        stage.setMinWidth(760);
        stage.setMinHeight(460);
        stage.setScene(scene);
        placeLikeLastTime(stage, remembered.window());
        stage.show();
    }

    /** Builds and shows the window, then lists the first page. */
    public void show() {
        applyTheme(settings.get().darkTheme());
        Scene scene = new Scene(load(), DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene.getStylesheets().add(stylesheet());
        dialogs = new FxDialogService(stage);
        buildParts();
        layOut();
        wireCommands(scene);
        wireStatusBar();
        stage.titleProperty().bind(switcher.currentProperty().map(c -> TITLE + " — " + c.choice().label()));
        stage.setMinWidth(760);
        stage.setMinHeight(460);
        stage.setScene(scene);
        if (!stage.isShowing()) {
            placeLikeLastTime(stage, settings.get().window());
        }
        stage.setOnCloseRequest(this::confirmClose);
        stage.setOnHidden(event -> rememberBounds());
        stage.show();
        files.refresh();
    }

    /** Shows another connection's files (asking for its key when needed). */
    public void switchTo(ConnectionChoice choice) {
        switcher.switchTo(choice);
    }

    /** Reads the saved connections again into the connection menu. */
    void reloadConnections() {
        switcher.reloadChoices();
    }

    /** How web links (Help › About's project link) are opened; the app passes the desktop's browser. */
    public void setBrowser(Consumer<String> browser) {
        this.browser = Objects.requireNonNull(browser, "browser");
    }

    /** The files view model, for tests and the app. */
    public FilesViewModel files() {
        return files;
    }

    private StackPane load() {
        FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource("MainWindow.fxml"));
        loader.setController(this);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("MainWindow.fxml could not be loaded", e);
        }
    }

    private void buildParts() {
        UiSettings remembered = settings.get();
        switcher = new ConnectionSwitcherViewModel(services.connections(), services.connection(), services.tasks(), dialogs);
        files = new FilesViewModel(FileCatalog.of(services.connection().client()), services.connection().summary(),
                services.tasks(), services.format());
        files.pageSizeProperty().set(remembered.pageSize());
        files.orderProperty().set(remembered.newestFirst() ? SortOrder.NEWEST_FIRST : SortOrder.OLDEST_FIRST);
        files.addKnownPurposes(services.connection().capabilities().uploadPurposes());
        switcher.currentProperty().addListener((o, old, now) -> files.switchTo(FileCatalog.of(now.client()), now.summary(),
                now.capabilities().uploadPurposes()));
        filesView = new FilesView(files);
        if (!remembered.columns().isEmpty()) {
            filesView.applyColumnLayout(remembered.columns(), remembered.sortColumn(), remembered.sortAscending());
        }
        filesView.columnLayoutProperty().addListener((o, old, layout) ->
                settings.update(s -> s.withColumns(layout.columns(), layout.sortColumn(), layout.sortAscending())));
        files.pageSizeProperty().addListener((o, old, size) -> rememberPaging());
        files.orderProperty().addListener((o, old, order) -> rememberPaging());

        DetailsViewModel details = new DetailsViewModel(services.format());
        details.follow(files.selectedFiles());
        detailsView = new DetailsView(details);
        PreviewViewModel preview = new PreviewViewModel((file, limit) -> remoteFiles().preview(file, limit, dev.filedeck.api.CancelToken.none()),
                services.tasks(), services.format());
        preview.follow(files.selectedFiles());
        sidePanel = new SidePanel(detailsView, new PreviewView(preview, services.tasks()), preview);

        services.queue().setMaxConcurrent(remembered.maxConcurrentTransfers());
        settings.settingsProperty().addListener((o, old, now) -> services.queue().setMaxConcurrent(now.maxConcurrentTransfers()));
        // Each transfer keeps the client it started with, whatever the window switches to later.
        transfers = new QueuedTransferService(services.queue(), () -> switcher.current().client());
        transfers.setOnUploaded(files::reveal);
        TransfersViewModel queue = new TransfersViewModel(services.queue(), services.folders(), services.format());
        queue.setOnShowRequested(() -> setTransfersVisible(true));
        transfersView = new TransfersView(queue);
        transfersLabel.textProperty().bind(queue.summaryProperty());

        uploads = new UploadActions(stage, new UploadContext(dialogs, services.tasks(), transfers, () -> switcher.current().capabilities(),
                settings::get, settings::update, services.format()));
        downloads = new DownloadFlow(dialogs, services.tasks(), transfers,
                () -> Optional.ofNullable(settings.get().lastDownloadFolder()).map(Path::of).orElseGet(MainWindow::downloadsFolder),
                folder -> settings.update(s -> s.withLastDownloadFolder(folder.toString())));
        deletes = new DeleteViewModel(id -> switcher.current().client().delete(id).deleted(), dialogs, services.tasks(),
                services.format(), files::removeFromView);
        // A delete collects its ids on one connection and must finish there.
        switcher.allowedProperty().bind(deletes.runningProperty().not());
        commands = new MainViewModel(files.selectedFiles(), deletes.runningProperty());
    }

    /** The shown connection's files, for previews and validation. */
    private RemoteFiles remoteFiles() {
        return new RemoteFiles(switcher.current().client());
    }

    /** Where a first download goes: the usual Downloads folder (the dialog falls back if it is missing). */
    private static Path downloadsFolder() {
        return Path.of(System.getProperty("user.home", "."), "Downloads");
    }

    private void rememberPaging() {
        settings.update(s -> s.withPaging(files.pageSizeProperty().get(), files.orderProperty().get() == SortOrder.NEWEST_FIRST));
    }

    private void layOut() {
        UiSettings remembered = settings.get();
        contentSplit.getItems().setAll(filesView);
        // The toolbar has Refresh already; the files view's own small one would repeat it.
        Optional.ofNullable(filesView.lookup("#refreshButton")).ifPresent(button -> {
            button.setVisible(false);
            button.setManaged(false);
        });
        SplitPane.setResizableWithParent(sidePanel, false);
        transfersHost.getChildren().setAll(transfersView);
        setDetailsVisible(remembered.detailsVisible());
        setTransfersVisible(remembered.transfersVisible());
        uploads.installDropTarget(windowRoot, windowRoot);
    }

    private void wireCommands(Scene scene) {
        icon(toolbarUploadButton, Feather.UPLOAD_CLOUD);
        icon(toolbarDownloadButton, Feather.DOWNLOAD);
        icon(toolbarDeleteButton, Feather.TRASH_2);
        icon(toolbarRefreshButton, Feather.REFRESH_CW);
        icon(transfersToggle, Feather.LIST);
        icon(detailsToggle, Feather.SIDEBAR);
        toolbarUploadButton.getStyleClass().add(Styles.ACCENT);
        toolbarDeleteButton.getStyleClass().add(Styles.DANGER);
        themeToggle.getStyleClass().add(Styles.BUTTON_ICON);

        uploadItem.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        downloadItem.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        quitItem.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        refreshItem.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), this::refresh);
        // Delete and Ctrl+C act on files only when no text field has the keyboard: there they edit text.
        scene.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.DELETE && !event.isShortcutDown() && !typingInText(scene)) {
                event.consume();
                delete();
            }
        });

        downloadItem.disableProperty().bind(commands.canDownloadProperty().not());
        toolbarDownloadButton.disableProperty().bind(commands.canDownloadProperty().not());
        deleteItem.disableProperty().bind(commands.canDeleteProperty().not());
        toolbarDeleteButton.disableProperty().bind(commands.canDeleteProperty().not());
        copyIdsItem.disableProperty().bind(commands.canDownloadProperty().not());
        validateItem.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> ValidateDialog.validatable(files.selectedFiles()) == null, files.selectedFiles()));

        detailsToggle.selectedProperty().bindBidirectional(detailsItem.selectedProperty());
        detailsItem.setSelected(settings.get().detailsVisible());
        detailsItem.selectedProperty().addListener((o, old, on) -> setDetailsVisible(on));
        transfersToggle.selectedProperty().bindBidirectional(transfersItem.selectedProperty());
        transfersItem.setSelected(settings.get().transfersVisible());
        transfersItem.selectedProperty().addListener((o, old, on) -> setTransfersVisible(on));
        themeToggle.selectedProperty().bindBidirectional(darkItem.selectedProperty());
        darkItem.setSelected(settings.get().darkTheme());
        themeToggle.setGraphic(new FontIcon(darkItem.isSelected() ? Feather.SUN : Feather.MOON));
        wireConcurrencyChoice();
        wireConnections(scene);
        darkItem.selectedProperty().addListener((o, old, dark) -> {
            applyTheme(dark);
            themeToggle.setGraphic(new FontIcon(dark ? Feather.SUN : Feather.MOON));
            settings.update(s -> s.withDarkTheme(dark));
        });
    }

    /** The toolbar's connection menu, File › Connections… (Ctrl+K) and the first-run banner. */
    private void wireConnections(Scene scene) {
        connectionsItem.setAccelerator(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN));
        connectionButton.setGraphic(new FontIcon(Feather.SERVER));
        connectionButton.textProperty().bind(switcher.currentProperty().map(c -> c.choice().label()));
        connectionButton.disableProperty().bind(switcher.allowedProperty().not());
        switcher.choices().addListener((javafx.collections.ListChangeListener<ConnectionChoice>) change -> fillConnectionMenu());
        switcher.currentProperty().addListener((o, old, now) -> fillConnectionMenu());
        fillConnectionMenu();
        sandboxBanner.visibleProperty().bind(switcher.sandboxBannerBinding());
        sandboxBanner.managedProperty().bind(sandboxBanner.visibleProperty());
    }

    private void fillConnectionMenu() {
        ToggleGroup group = new ToggleGroup();
        connectionButton.getItems().clear();
        for (ConnectionChoice choice : switcher.choices()) {
            RadioMenuItem item = new RadioMenuItem(choice.label());
            item.setToggleGroup(group);
            item.setSelected(choice.id().equals(switcher.current().choice().id()));
            item.setOnAction(event -> switcher.switchTo(choice));
            connectionButton.getItems().add(item);
        }
        MenuItem add = new MenuItem("Add connection…");
        add.setOnAction(event -> showConnections(true));
        MenuItem manage = new MenuItem("Manage connections…");
        manage.setOnAction(event -> showConnections(false));
        connectionButton.getItems().addAll(new SeparatorMenuItem(), add, manage);
    }

    /** The connections dialog; Connect there switches the window. */
    private void showConnections(boolean startNew) {
        ConnectionsViewModel model = new ConnectionsViewModel(services.connections(), services.tasks(), dialogs, switcher::switchTo);
        ConnectionChoice shown = switcher.current().choice();
        model.open(shown instanceof ConnectionChoice.Saved saved ? saved.profile() : null, startNew);
        Stage dialog = ConnectionsWindow.show(stage, model);
        dialog.setOnHidden(event -> switcher.reloadChoices());
    }

    @FXML
    private void manageConnections() {
        showConnections(false);
    }

    @FXML
    private void addConnection() {
        showConnections(true);
    }

    @FXML
    private void dismissSandboxBanner() {
        switcher.dismissBanner();
    }

    /** View › Transfers at once: 1 to 4, remembered; the queue follows the setting at once. */
    private void wireConcurrencyChoice() {
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        for (int n = 1; n <= 4; n++) {
            int count = n;
            javafx.scene.control.RadioMenuItem item = new javafx.scene.control.RadioMenuItem(Integer.toString(n));
            item.setToggleGroup(group);
            item.setSelected(settings.get().maxConcurrentTransfers() == n);
            item.setOnAction(event -> settings.update(s -> s.withMaxConcurrentTransfers(count)));
            concurrencyMenu.getItems().add(item);
        }
    }

    private static boolean typingInText(Scene scene) {
        return scene.getFocusOwner() instanceof TextInputControl;
    }

    private void wireStatusBar() {
        connectionLabel.textProperty().bind(switcher.currentProperty().map(c -> c.summary().describe()));
        connectionLabel.setGraphic(new FontIcon(Feather.SERVER));
        filesLabel.textProperty().bind(files.summaryProperty());
        activityLabel.textProperty().bind(deletes.statusProperty());
        noticeLabel.setText(services.startupNotice() == null ? "" : services.startupNotice());
        noticeLabel.setVisible(services.startupNotice() != null);
        noticeLabel.setManaged(services.startupNotice() != null);
    }

    private static void icon(javafx.scene.control.ButtonBase button, Feather glyph) {
        button.setGraphic(new FontIcon(glyph));
    }

    static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    private void setDetailsVisible(boolean visible) {
        boolean shown = contentSplit.getItems().contains(sidePanel);
        if (visible && !shown) {
            contentSplit.getItems().add(sidePanel);
            contentSplit.setDividerPositions(DETAILS_DIVIDER);
        } else if (!visible && shown) {
            contentSplit.getItems().remove(sidePanel);
        }
        if (detailsItem != null && detailsItem.isSelected() != visible) {
            detailsItem.setSelected(visible);
        }
        settings.update(s -> s.withPanels(visible, s.transfersVisible()));
    }

    private void setTransfersVisible(boolean visible) {
        transfersHost.setVisible(visible);
        transfersHost.setManaged(visible);
        if (transfersItem != null && transfersItem.isSelected() != visible) {
            transfersItem.setSelected(visible);
        }
        settings.update(s -> s.withPanels(s.detailsVisible(), visible));
    }

    // ---- commands -----------------------------------------------------------------------------

    @FXML
    private void upload() {
        uploads.chooseFilesAndUpload();
    }

    @FXML
    private void download() {
        if (commands.canDownloadProperty().get()) {
            downloads.download(files.selectedFiles());
        }
    }

    @FXML
    private void delete() {
        if (commands.canDeleteProperty().get()) {
            deletes.deleteSelected(files.selectedFiles());
        }
    }

    /** Streams the selected JSONL file through the validator for its purpose, with progress, and shows the report. */
    @FXML
    private void validate() {
        var file = ValidateDialog.validatable(files.selectedFiles());
        if (file != null) {
            ValidateDialog.show(stage, file, remoteFiles(), services.tasks(), services.format());
        }
    }

    @FXML
    private void refresh() {
        files.refresh();
    }

    @FXML
    private void copyIds() {
        filesView.copySelectedIds();
    }

    @FXML
    private void about() {
        new AboutDialog(AboutInfo.current(), browser).showAndWait(stage);
    }

    @FXML
    private void quit() {
        stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    /** Transfers still running would be lost: ask before closing. */
    private void confirmClose(WindowEvent event) {
        if (transfers.hasActiveTransfers() && !dialogs.confirm("Quit FileDeck", "Transfers are still running",
                "Quitting now cancels them; partial downloads are removed and unfinished uploads are not stored.",
                "Quit anyway")) {
            event.consume();
        }
    }

    // ---- window bounds ------------------------------------------------------------------------

    private static void placeLikeLastTime(Stage stage, UiSettings.WindowBounds bounds) {
        if (bounds == null || !onSomeScreen(bounds)) {
            return;
        }
        stage.setX(bounds.x());
        stage.setY(bounds.y());
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
        stage.setMaximized(bounds.maximized());
    }

    /** A window remembered on a screen that is gone would open out of sight. */
    private static boolean onSomeScreen(UiSettings.WindowBounds bounds) {
        Rectangle2D title = new Rectangle2D(bounds.x() + 40, bounds.y(), Math.max(1, bounds.width() - 80), 30);
        return Screen.getScreens().stream().anyMatch(screen -> screen.getVisualBounds().intersects(title));
    }

    private void rememberBounds() {
        if (stage.isIconified()) {
            return;
        }
        UiSettings.WindowBounds bounds = stage.isMaximized() && settings.get().window() != null
                ? new UiSettings.WindowBounds(settings.get().window().x(), settings.get().window().y(),
                settings.get().window().width(), settings.get().window().height(), true)
                : new UiSettings.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
        settings.update(s -> s.withWindow(bounds));
    }

    /** The look shared by every view; each view adds its own sheet on top. */
    public static String stylesheet() {
        return Objects.requireNonNull(MainWindow.class.getResource("filedeck.css"), "filedeck.css").toExternalForm();
    }

    /** For tests: the node that takes drops (the whole window). */
    Node dropTarget() {
        return windowRoot;
    }
}
