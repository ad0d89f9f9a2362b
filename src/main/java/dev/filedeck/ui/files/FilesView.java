package dev.filedeck.ui.files;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.function.Function;

/**
 * The list of the connection's files. Loads {@code FilesView.fxml} beside it, binds to a
 * {@link FilesViewModel} and forwards user actions to it; it holds no state of its own.
 */
public final class FilesView extends BorderPane {

    private final FilesViewModel viewModel;

    @FXML private TableView<FileRow> table;
    @FXML private TableColumn<FileRow, FileRow> nameColumn;
    @FXML private TableColumn<FileRow, FileRow> purposeColumn;
    @FXML private TableColumn<FileRow, FileRow> sizeColumn;
    @FXML private TableColumn<FileRow, FileRow> createdColumn;
    @FXML private Node loadingState;
    @FXML private Node emptyState;
    @FXML private Node errorState;
    @FXML private Label errorMessage;
    @FXML private Node requestIdLine;
    @FXML private TextField requestIdField;
    @FXML private Label connectionLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label summaryLabel;

    public FilesView(FilesViewModel viewModel) {
        this.viewModel = viewModel;
        FXMLLoader loader = new FXMLLoader(FilesView.class.getResource("FilesView.fxml"));
        loader.setRoot(this);
        loader.setController(this);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load FilesView.fxml", e);
        }
        setUpColumns();
        bindStates();
    }

    private void setUpColumns() {
        column(nameColumn, FileRow::name, FileRow::id, FileRow.BY_NAME);
        column(purposeColumn, FileRow::purpose, null, FileRow.BY_PURPOSE);
        column(sizeColumn, FileRow::sizeText, FileRow::sizeDetail, FileRow.BY_SIZE);
        column(createdColumn, FileRow::createdText, FileRow::createdDetail, FileRow.BY_CREATED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);

        // The view model's list stays in server order; clicking a header sorts this view of it.
        SortedList<FileRow> sorted = new SortedList<>(viewModel.files());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
    }

    private static void column(TableColumn<FileRow, FileRow> column, Function<FileRow, String> text,
                               Function<FileRow, String> detail, Comparator<FileRow> order) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new TooltipTextCell<>(text, detail));
        column.setComparator(order);
    }

    private void bindStates() {
        showWhen(loadingState, ListState.LOADING);
        showWhen(emptyState, ListState.EMPTY);
        showWhen(errorState, ListState.FAILED);
        errorMessage.textProperty().bind(viewModel.failureProperty().map(LoadFailure::message).orElse(""));
        requestIdField.textProperty().bind(viewModel.failureProperty().map(LoadFailure::requestId).orElse(""));
        requestIdLine.visibleProperty().bind(viewModel.failureProperty().map(LoadFailure::hasRequestId).orElse(false));
        requestIdLine.managedProperty().bind(requestIdLine.visibleProperty());
        // Wide enough for the whole id (monospace): a clipped id is useless to the provider's support.
        requestIdField.prefColumnCountProperty().bind(Bindings.length(requestIdField.textProperty()).add(1));

        connectionLabel.textProperty().bind(viewModel.connectionProperty());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
    }

    private void showWhen(Node node, ListState state) {
        node.visibleProperty().bind(viewModel.stateProperty().isEqualTo(state));
        node.managedProperty().bind(node.visibleProperty());
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }
}
