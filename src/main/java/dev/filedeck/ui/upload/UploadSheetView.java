package dev.filedeck.ui.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import dev.filedeck.ui.fx.ChoiceText;
import javafx.css.PseudoClass;
import javafx.collections.FXCollections;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The upload sheet's content: the files, the purpose and expiry, what will be skipped, and the
 * Upload and Cancel buttons (Enter and Escape). Loads {@code UploadSheet.fxml}; placed in a modal
 * window by {@link UploadSheetWindow}, or in any scene by tests.
 */
public final class UploadSheetView extends VBox {

    private final UploadSheetViewModel viewModel;

    @FXML private Label summaryLabel;
    @FXML private ListView<UploadRow> fileList;
    @FXML private ProgressIndicator scanIndicator;
    @FXML private Label statusLabel;
    @FXML private Node skipNoteBox;
    @FXML private Label skipNoteLabel;
    @FXML private Label scanNoteLabel;
    @FXML private Label purposeLabel;
    @FXML private ComboBox<String> purposeChoice;
    @FXML private Label expiryLabel;
    @FXML private ChoiceBox<ExpiryChoice> expiryChoice;
    @FXML private Label expiryHint;
    @FXML private Button uploadButton;
    @FXML private Node findingsBox;
    @FXML private Label findingsTitle;
    @FXML private ListView<String> findingsList;
    @FXML private Node checkNoteBox;
    @FXML private FontIcon checkNoteIcon;
    @FXML private Label checkNoteLabel;
    @FXML private CheckBox overrideBox;

    public UploadSheetView(UploadSheetViewModel viewModel) {
        this.viewModel = viewModel;
        FXMLLoader loader = new FXMLLoader(UploadSheetView.class.getResource("UploadSheet.fxml"));
        loader.setRoot(this);
        loader.setController(this);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load UploadSheet.fxml", e);
        }
        bindFiles();
        bindChoices();
        bindNotes();
        bindChecks();
    }

    /** The content checks: the note with the override, and the findings of the selected (or first failing) file. */
    private void bindChecks() {
        checkNoteLabel.textProperty().bind(viewModel.checkNoteProperty());
        showWhenNotEmpty(checkNoteBox, checkNoteLabel);
        overrideBox.selectedProperty().bindBidirectional(viewModel.overrideErrorsProperty());
        overrideBox.visibleProperty().bind(viewModel.hasErrorsProperty());
        overrideBox.managedProperty().bind(overrideBox.visibleProperty());
        viewModel.hasErrorsProperty().addListener((o, was, errors) -> {
            checkNoteBox.pseudoClassStateChanged(PseudoClass.getPseudoClass("errors"), errors);
            checkNoteIcon.setIconLiteral(errors ? "fth-alert-octagon" : "fth-shield");
        });
        viewModel.checkingProperty().addListener((o, was, busy) -> checkNoteIcon.setIconLiteral(busy ? "fth-loader" : "fth-shield"));
        fileList.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> showFindings());
        viewModel.rows().addListener((javafx.collections.ListChangeListener<UploadRow>) change -> showFindings());
        findingsList.setFixedCellSize(22); // one line a finding, so five show at once
        findingsBox.setVisible(false);
        findingsBox.managedProperty().bind(findingsBox.visibleProperty());
    }

    /** The selected file's findings; without a selection, those of the first file that has any. */
    private void showFindings() {
        UploadRow selected = fileList.getSelectionModel().getSelectedItem();
        UploadRow shown = selected != null && !selected.findings().isEmpty() ? selected
                : viewModel.rows().stream().filter(row -> !row.findings().isEmpty()).findFirst().orElse(null);
        findingsBox.setVisible(shown != null);
        if (shown != null) {
            findingsTitle.setText(shown.name() + " · " + shown.checkText());
            findingsList.setItems(FXCollections.observableArrayList(shown.findings()));
        }
    }

    private void bindFiles() {
        fileList.setItems(viewModel.rows());
        fileList.setCellFactory(list -> new UploadRowCell());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        scanIndicator.visibleProperty().bind(viewModel.scanningProperty());
        scanIndicator.managedProperty().bind(scanIndicator.visibleProperty());
    }

    private void bindChoices() {
        purposeLabel.setLabelFor(purposeChoice);
        purposeChoice.setItems(viewModel.purposes());
        purposeChoice.valueProperty().bindBidirectional(viewModel.purposeProperty());

        expiryLabel.setLabelFor(expiryChoice);
        expiryChoice.setItems(viewModel.expiryChoices());
        expiryChoice.setConverter(ChoiceText.of(ExpiryChoice::label));
        expiryChoice.valueProperty().bindBidirectional(viewModel.expiryProperty());
        expiryChoice.disableProperty().bind(viewModel.expiryAvailableProperty().not());
        expiryHint.visibleProperty().bind(viewModel.expiryAvailableProperty().not());
        expiryHint.managedProperty().bind(expiryHint.visibleProperty());

        uploadButton.textProperty().bind(viewModel.uploadLabelProperty());
        uploadButton.disableProperty().bind(viewModel.canUploadProperty().not());
    }

    private void bindNotes() {
        skipNoteLabel.textProperty().bind(viewModel.skipNoteProperty());
        showWhenNotEmpty(skipNoteBox, skipNoteLabel);
        scanNoteLabel.textProperty().bind(viewModel.scanNoteProperty());
        showWhenNotEmpty(scanNoteLabel, scanNoteLabel);
    }

    private static void showWhenNotEmpty(Node node, Label text) {
        node.visibleProperty().bind(Bindings.isNotEmpty(text.textProperty()));
        node.managedProperty().bind(node.visibleProperty());
    }

    public UploadSheetViewModel viewModel() {
        return viewModel;
    }

    /** Where the keyboard starts: the purpose, the one decision the sheet asks for. */
    public void focusFirstChoice() {
        purposeChoice.requestFocus();
    }

    @FXML
    private void upload() {
        viewModel.upload();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }
}
