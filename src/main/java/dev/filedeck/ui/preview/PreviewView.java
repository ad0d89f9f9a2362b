package dev.filedeck.ui.preview;

import static dev.filedeck.ui.fx.Visibility.showWhen;

import dev.filedeck.inspect.JsonlRecord;
import dev.filedeck.inspect.Preview;
import dev.filedeck.ui.task.BackgroundTasks;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Preview tab: shows what {@link PreviewViewModel} loaded, built anew for each kind of content —
 * JSONL records beside the selected one pretty-printed in colour, JSON in colour, text, a table,
 * the image, or the hex view of a binary file.
 */
public final class PreviewView extends StackPane {

    private final PreviewViewModel viewModel;
    private final BackgroundTasks tasks;

    @FXML private VBox messageState;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private Label messageLabel;
    @FXML private Button retryButton;
    @FXML private VBox contentState;
    @FXML private Label extentLabel;
    @FXML private Button loadMoreButton;
    @FXML private VBox summaryBox;
    @FXML private StackPane bodyHost;

    /** @param tasks decodes images off the FX thread */
    public PreviewView(PreviewViewModel viewModel, BackgroundTasks tasks) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        FXMLLoader loader = new FXMLLoader(PreviewView.class.getResource("PreviewView.fxml"));
        loader.setRoot(this);
        loader.setController(this);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load PreviewView.fxml", e);
        }
        bind();
    }

    private void bind() {
        var state = viewModel.stateProperty();
        showWhen(contentState, state.isEqualTo(PreviewViewModel.State.SHOWN));
        showWhen(messageState, state.isNotEqualTo(PreviewViewModel.State.SHOWN));
        showWhen(loadingIndicator, state.isEqualTo(PreviewViewModel.State.LOADING));
        showWhen(retryButton, state.isEqualTo(PreviewViewModel.State.FAILED));
        messageLabel.textProperty().bind(viewModel.messageProperty());
        extentLabel.textProperty().bind(viewModel.extentTextProperty());
        showWhen(extentLabel, viewModel.extentTextProperty().isNotEmpty());
        showWhen(loadMoreButton, viewModel.canLoadMoreProperty());
        loadMoreButton.setGraphic(new FontIcon(Feather.CHEVRONS_DOWN));
        viewModel.summary().addListener((ListChangeListener<String>) change -> fillSummary(viewModel.summary()));
        showWhen(summaryBox, javafx.beans.binding.Bindings.isNotEmpty(viewModel.summary()));
        viewModel.previewProperty().addListener((o, old, preview) -> bodyHost.getChildren().setAll(body(preview)));
    }

    private void fillSummary(List<String> lines) {
        summaryBox.getChildren().clear();
        for (int i = 0; i < lines.size(); i++) {
            Label line = new Label(lines.get(i));
            line.getStyleClass().add(i == 0 ? "summary-head" : "summary-line");
            line.setWrapText(true);
            summaryBox.getChildren().add(line);
        }
    }

    private Node body(Preview preview) {
        if (preview == null) {
            return new StackPane();
        }
        if (preview instanceof Preview.Jsonl jsonl) {
            return records(jsonl);
        }
        if (preview instanceof Preview.Json json) {
            return code(JsonFlow.of(json.pretty()), "previewJson");
        }
        if (preview instanceof Preview.Text text) {
            return textArea(text.text(), "previewText");
        }
        if (preview instanceof Preview.Csv csv) {
            return table(csv);
        }
        if (preview instanceof Preview.Image image) {
            return image(image);
        }
        if (preview instanceof Preview.Binary binary) {
            return binary(binary);
        }
        return refused((Preview.Refused) preview);
    }

    private Node records(Preview.Jsonl jsonl) {
        ListView<JsonlRecord> list = new ListView<>(FXCollections.observableArrayList(jsonl.records()));
        list.setId("previewRecords");
        list.getStyleClass().add("record-list");
        list.setCellFactory(view -> new RecordCell());
        list.setFixedCellSize(26); // one line each; a fixed size also spares measuring thousands of cells
        list.setPlaceholder(new Label("No records in the part read"));
        list.getSelectionModel().selectedItemProperty().addListener((o, old, record) -> viewModel.selectRecord(record));

        TextFlow flow = new TextFlow();
        flow.setId("previewRecord");
        flow.getStyleClass().add("record-flow");
        viewModel.recordTextProperty().addListener((o, old, text) -> JsonFlow.fill(flow, text));
        Label error = new Label();
        error.setId("previewRecordError");
        error.getStyleClass().add("record-error");
        error.setWrapText(true);
        error.textProperty().bind(viewModel.recordErrorProperty());
        showWhen(error, viewModel.recordErrorProperty().isNotEmpty());
        Label hint = new Label("Select a record to see it in full");
        hint.getStyleClass().add("state-title");
        showWhen(hint, viewModel.recordTextProperty().isEmpty());
        VBox detail = new VBox(4, error, hint, flow);
        // Code reads best unwrapped: long strings scroll sideways instead of breaking mid-value.
        flow.setMaxWidth(Region.USE_PREF_SIZE);
        error.setMaxWidth(420);
        ScrollPane scroll = new ScrollPane(detail);
        scroll.getStyleClass().add("code-scroll");

        SplitPane split = new SplitPane(list, scroll);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        if (!jsonl.records().isEmpty()) {
            list.getSelectionModel().select(0);
        }
        return split;
    }

    private static Node code(TextFlow flow, String id) {
        ScrollPane scroll = new ScrollPane(flow);
        scroll.setId(id);
        scroll.getStyleClass().add("code-scroll");
        return scroll;
    }

    private static TextArea textArea(String text, String id) {
        TextArea area = new TextArea(text);
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(false);
        area.getStyleClass().add("mono");
        return area;
    }

    private static Node table(Preview.Csv csv) {
        TableView<List<String>> table = new TableView<>(FXCollections.observableArrayList(csv.rows()));
        table.setId("previewTable");
        for (int i = 0; i < csv.header().size(); i++) {
            int column = i;
            TableColumn<List<String>, String> col = new TableColumn<>(csv.header().get(i));
            col.setCellValueFactory(cell -> new ReadOnlyStringWrapper(column < cell.getValue().size() ? cell.getValue().get(column) : ""));
            col.setPrefWidth(Math.max(70, Math.min(220, csv.header().get(i).length() * 9 + 24)));
            table.getColumns().add(col);
        }
        return table;
    }

    /** The image is decoded in the background: a large PNG takes a moment. */
    private Node image(Preview.Image preview) {
        ImageView view = new ImageView();
        view.setId("previewImage");
        view.setPreserveRatio(true);
        ScrollPane scroll = new ScrollPane(new StackPane(view));
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        view.fitWidthProperty().bind(scroll.widthProperty().subtract(16));
        tasks.run(() -> new Image(new ByteArrayInputStream(preview.bytes())), image -> {
            view.setImage(image);
            if (image.getWidth() > 0) {
                // Never enlarge a small image beyond its own size.
                view.fitWidthProperty().unbind();
                view.fitWidthProperty().bind(javafx.beans.binding.Bindings.min(scroll.widthProperty().subtract(16), image.getWidth()));
            }
        }, error -> view.setImage(null));
        return scroll;
    }

    private static Node binary(Preview.Binary binary) {
        Label about = new Label("No preview for this kind of file. The first bytes:");
        about.getStyleClass().add("state-title");
        TextArea hex = textArea(binary.hexDump(), "previewHex");
        VBox box = new VBox(8, about, hex);
        VBox.setVgrow(hex, javafx.scene.layout.Priority.ALWAYS);
        return box;
    }

    private static Node refused(Preview.Refused refused) {
        StackPane icon = new StackPane(new FontIcon(Feather.LOCK));
        icon.getStyleClass().add("refused-icon");
        Label message = new Label(refused.message());
        message.setId("previewRefused");
        message.getStyleClass().add("state-title");
        message.setWrapText(true);
        VBox box = new VBox(12, icon, message);
        box.getStyleClass().add("preview-message");
        return box;
    }


    @FXML
    private void loadMore() {
        viewModel.loadMore();
    }

    @FXML
    private void retry() {
        viewModel.retry();
    }
}
