package dev.filedeck.ui.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

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
        expiryChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExpiryChoice choice) {
                return choice == null ? "" : choice.label();
            }

            @Override
            public ExpiryChoice fromString(String text) {
                throw new UnsupportedOperationException("not editable");
            }
        });
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
