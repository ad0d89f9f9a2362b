package dev.filedeck.ui.connections;

import static dev.filedeck.ui.fx.Visibility.showWhen;

import atlantafx.base.theme.Styles;
import dev.filedeck.api.AuthStyle;
import dev.filedeck.api.PagingMode;
import dev.filedeck.api.UploadStrategy;
import dev.filedeck.connection.ConnectionProfile;
import dev.filedeck.connection.KeyStorage;
import dev.filedeck.connection.ProviderPreset;
import dev.filedeck.ui.fx.ChoiceText;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/** The connections dialog's content; every handler is one call on its {@link ConnectionsViewModel}. */
public final class ConnectionsView extends BorderPane {

    private final ConnectionsViewModel viewModel;
    private final ConnectionFormViewModel form;
    private Runnable onClose = () -> { };

    @FXML private ListView<ConnectionProfile> profileList;
    @FXML private MenuButton newButton;
    @FXML private Button deleteButton;
    @FXML private TextField nameField;
    @FXML private ComboBox<ProviderPreset> presetChoice;
    @FXML private Label presetNotes;
    @FXML private TextField baseUrlField;
    @FXML private PasswordField keyField;
    @FXML private TextField keyShownField;
    @FXML private ToggleButton showKeyToggle;
    @FXML private ComboBox<KeyStorage> storageChoice;
    @FXML private Label storageNote;
    @FXML private TextField organizationField;
    @FXML private TextField projectField;
    @FXML private ComboBox<AuthStyle> authChoice;
    @FXML private TextField apiVersionField;
    @FXML private ComboBox<PagingMode> pagingChoice;
    @FXML private ComboBox<UploadStrategy> uploadChoice;
    @FXML private TextField purposesField;
    @FXML private CheckBox expiryCheck;
    @FXML private HBox urlWarningBox;
    @FXML private Label urlWarningLabel;
    @FXML private HBox messageBox;
    @FXML private StackPane messageIcon;
    @FXML private Label messageLabel;
    @FXML private Label messageDetailLabel;
    @FXML private Button testButton;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label problemLabel;
    @FXML private Button saveButton;
    @FXML private Button connectButton;

    public ConnectionsView(ConnectionsViewModel viewModel) {
        this.viewModel = viewModel;
        this.form = viewModel.form();
        FXMLLoader loader = new FXMLLoader(ConnectionsView.class.getResource("ConnectionsView.fxml"));
        loader.setRoot(this);
        loader.setController(this);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load ConnectionsView.fxml", e);
        }
        bindList();
        bindForm();
        bindMessages();
    }

    /** What Close does (the window closes itself). */
    void setOnClose(Runnable action) {
        this.onClose = action;
    }

    void focusFirstField() {
        (form.nameProperty().get().isEmpty() ? nameField : baseUrlField).requestFocus();
    }

    private void bindList() {
        profileList.setItems(viewModel.profiles());
        profileList.setCellFactory(list -> new ProfileCell());
        viewModel.selectedProperty().addListener((o, old, now) -> {
            if (now == null) {
                profileList.getSelectionModel().clearSelection();
            } else if (profileList.getSelectionModel().getSelectedItem() == null
                    || !profileList.getSelectionModel().getSelectedItem().id().equals(now.id())) {
                viewModel.profiles().stream().filter(p -> p.id().equals(now.id())).findFirst()
                        .ifPresent(p -> profileList.getSelectionModel().select(p));
            }
        });
        profileList.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            ConnectionProfile current = viewModel.selectedProperty().get();
            if (now != null && (current == null || !current.id().equals(now.id()) || !current.equals(now))) {
                viewModel.select(now);
            }
        });
        for (ProviderPreset preset : ProviderPreset.choices()) {
            MenuItem item = new MenuItem(preset.label());
            item.setOnAction(event -> {
                viewModel.newConnection(preset);
                nameField.requestFocus();
            });
            if (preset == ProviderPreset.FIREWORKS) {
                newButton.getItems().add(new SeparatorMenuItem());
            }
            newButton.getItems().add(item);
        }
        newButton.setGraphic(new FontIcon(Feather.PLUS));
        deleteButton.setGraphic(new FontIcon(Feather.TRASH_2));
        newButton.setMinWidth(USE_PREF_SIZE);
        deleteButton.setMinWidth(USE_PREF_SIZE);
    }

    private void bindForm() {
        nameField.textProperty().bindBidirectional(form.nameProperty());
        presetChoice.getItems().setAll(ProviderPreset.choices());
        presetChoice.valueProperty().bindBidirectional(form.presetProperty());
        presetNotes.textProperty().bind(form.presetProperty().map(ProviderPreset::notes));
        baseUrlField.textProperty().bindBidirectional(form.baseUrlProperty());
        baseUrlField.promptTextProperty().bind(form.presetProperty().map(ProviderPreset::baseUrlExample));

        keyField.textProperty().bindBidirectional(form.apiKeyProperty());
        keyShownField.textProperty().bindBidirectional(form.apiKeyProperty());
        keyField.promptTextProperty().bind(form.keyPromptBinding());
        keyShownField.promptTextProperty().bind(form.keyPromptBinding());
        showKeyToggle.selectedProperty().bindBidirectional(form.keyShownProperty());
        showWhen(keyShownField, form.keyShownProperty());
        showWhen(keyField, form.keyShownProperty().not());
        form.keyShownProperty().addListener((o, old, shown) -> (shown ? keyShownField : keyField).requestFocus());

        storageChoice.getItems().setAll(KeyStorage.values());
        storageChoice.valueProperty().bindBidirectional(form.keyStorageProperty());
        storageChoice.setConverter(ChoiceText.of(storage -> storage == KeyStorage.KEYCHAIN && !viewModel.keychainAvailableProperty().get()
                ? storage.label() + " (not available here)" : storage.label()));
        storageNote.textProperty().bind(viewModel.storageNoteProperty());

        organizationField.textProperty().bindBidirectional(form.organizationProperty());
        projectField.textProperty().bindBidirectional(form.projectProperty());
        authChoice.getItems().setAll(AuthStyle.values());
        authChoice.setConverter(ChoiceText.of(style -> style == AuthStyle.BEARER ? "Authorization: Bearer" : "api-key header (Azure)"));
        authChoice.valueProperty().bindBidirectional(form.authStyleProperty());
        apiVersionField.textProperty().bindBidirectional(form.apiVersionProperty());
        pagingChoice.getItems().setAll(PagingMode.values());
        pagingChoice.setConverter(ChoiceText.of(ConnectionsView::describePaging));
        pagingChoice.valueProperty().bindBidirectional(form.pagingModeProperty());
        uploadChoice.getItems().setAll(UploadStrategy.values());
        uploadChoice.setConverter(ChoiceText.of(strategy -> strategy == UploadStrategy.MULTIPART
                ? "One multipart request" : "Presigned URL (Together)"));
        uploadChoice.valueProperty().bindBidirectional(form.uploadStrategyProperty());
        purposesField.textProperty().bindBidirectional(form.purposesProperty());
        expiryCheck.selectedProperty().bindBidirectional(form.expiresAfterProperty());

        urlWarningLabel.textProperty().bind(viewModel.urlWarningProperty());
        showWhen(urlWarningBox, viewModel.urlWarningProperty().isNotEmpty());
        for (Node field : new Node[] {baseUrlField, keyField, keyShownField, storageChoice, organizationField, projectField, testButton}) {
            field.disableProperty().bind(form.noFilesApiBinding());
        }
    }

    private void bindMessages() {
        messageLabel.textProperty().bind(viewModel.messageProperty());
        messageDetailLabel.textProperty().bind(viewModel.messageDetailProperty());
        showWhen(messageDetailLabel, viewModel.messageDetailProperty().isNotEmpty());
        showWhen(messageBox, viewModel.messageProperty().isNotEmpty());
        FontIcon icon = new FontIcon(Feather.INFO);
        messageIcon.getChildren().add(icon);
        viewModel.toneProperty().addListener((o, old, tone) -> styleMessage(tone, icon));
        styleMessage(viewModel.toneProperty().get(), icon);

        problemLabel.textProperty().bind(viewModel.problemProperty());
        showWhen(busyIndicator, viewModel.busyProperty());
        saveButton.disableProperty().bind(viewModel.problemProperty().isNotEmpty().or(viewModel.busyProperty()));
        connectButton.disableProperty().bind(viewModel.problemProperty().isNotEmpty().or(viewModel.busyProperty()));
        deleteButton.disableProperty().bind(viewModel.selectedProperty().isNull().or(viewModel.busyProperty()));
        connectButton.getStyleClass().add(Styles.ACCENT);
        viewModel.closeRequestedProperty().addListener((o, old, close) -> {
            if (close) {
                onClose.run();
            }
        });
    }

    private void styleMessage(ConnectionsViewModel.Tone tone, FontIcon icon) {
        messageBox.getStyleClass().removeAll("success", "warning", "error", "busy", "neutral");
        messageBox.getStyleClass().add(tone.name().toLowerCase(Locale.ROOT));
        icon.setIconCode(switch (tone) {
            case SUCCESS -> Feather.CHECK_CIRCLE;
            case WARNING -> Feather.ALERT_TRIANGLE;
            case ERROR -> Feather.X_CIRCLE;
            case BUSY -> Feather.LOADER;
            case NEUTRAL -> Feather.INFO;
        });
    }

    private static String describePaging(PagingMode mode) {
        return switch (mode) {
            case AUTO -> "Find out from the first answer";
            case CURSOR -> "Cursor (after, limit)";
            case PAGE_NUMBER -> "Page numbers (page, page_size)";
            case NONE -> "None: the whole list at once";
        };
    }



    @FXML
    private void test() {
        viewModel.test();
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void delete() {
        viewModel.delete();
    }

    @FXML
    private void connect() {
        viewModel.connect();
    }

    @FXML
    private void close() {
        onClose.run();
    }

    /** A saved connection: its name, and its provider underneath. */
    private static final class ProfileCell extends ListCell<ConnectionProfile> {
        private final Label name = new Label();
        private final Label preset = new Label();
        private final VBox box = new VBox(2, name, preset);

        ProfileCell() {
            getStyleClass().add("profile-cell");
            preset.getStyleClass().add("preset");
        }

        @Override
        protected void updateItem(ConnectionProfile profile, boolean empty) {
            super.updateItem(profile, empty);
            if (empty || profile == null) {
                setGraphic(null);
                setText(null);
            } else {
                name.setText(profile.name());
                preset.setText(profile.preset().label() + (profile.keyStorage() == KeyStorage.ASK_EACH_TIME ? " · asks for the key" : ""));
                setGraphic(box);
                setText(null);
            }
        }
    }

}
