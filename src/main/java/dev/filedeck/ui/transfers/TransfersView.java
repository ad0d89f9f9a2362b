package dev.filedeck.ui.transfers;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;

/**
 * The transfer queue panel: a header with the counts and "Clear finished", and a row per transfer.
 * Loads {@code TransfersView.fxml} beside it and binds to a {@link TransfersViewModel}.
 */
public final class TransfersView extends BorderPane {

    private final TransfersViewModel viewModel;

    @FXML private Label summaryLabel;
    @FXML private Button clearFinishedButton;
    @FXML private ListView<TransferItemViewModel> list;

    public TransfersView(TransfersViewModel viewModel) {
        this.viewModel = viewModel;
        FXMLLoader loader = new FXMLLoader(TransfersView.class.getResource("TransfersView.fxml"));
        loader.setRoot(this);
        loader.setController(this);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load TransfersView.fxml", e);
        }
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        clearFinishedButton.disableProperty().bind(viewModel.canClearFinishedProperty().not());
        list.setItems(viewModel.items());
        list.setCellFactory(view -> new TransferCell());
    }

    @FXML
    private void clearFinished() {
        viewModel.clearFinished();
    }
}
