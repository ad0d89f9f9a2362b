package dev.filedeck.ui.details;

import static dev.filedeck.ui.fx.Visibility.showWhen;

import atlantafx.base.theme.Styles;
import dev.filedeck.ui.files.SystemClipboard;
import dev.filedeck.ui.files.TextClipboard;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;

/**
 * The details side panel. Loads {@code DetailsView.fxml} beside it and shows what its
 * {@link DetailsViewModel} holds; the Copy ID button is its only action.
 */
public final class DetailsView extends StackPane {

    private final DetailsViewModel viewModel;
    private final TextClipboard clipboard;

    @FXML private VBox noneState;
    @FXML private StackPane noneIcon;
    @FXML private Label noneLabel;
    @FXML private ScrollPane content;
    @FXML private StackPane headerIcon;
    @FXML private Label titleLabel;
    @FXML private Label subtitleLabel;
    @FXML private Button copyIdButton;
    @FXML private GridPane fieldsGrid;
    @FXML private VBox listedFilesBox;
    @FXML private VBox extraSection;
    @FXML private GridPane extraGrid;
    @FXML private VBox rawSection;
    @FXML private TextArea rawJsonArea;

    public DetailsView(DetailsViewModel viewModel) {
        this(viewModel, new SystemClipboard());
    }

    /** @param clipboard where Copy ID puts the id (tests pass their own) */
    public DetailsView(DetailsViewModel viewModel, TextClipboard clipboard) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.clipboard = Objects.requireNonNull(clipboard, "clipboard");
        FXMLLoader loader = new FXMLLoader(DetailsView.class.getResource("DetailsView.fxml"));
        loader.setRoot(this);
        loader.setController(this);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load DetailsView.fxml", e);
        }
        bind();
    }

    public DetailsViewModel viewModel() {
        return viewModel;
    }

    private void bind() {
        var none = viewModel.modeProperty().isEqualTo(DetailsViewModel.Mode.NONE);
        var one = viewModel.modeProperty().isEqualTo(DetailsViewModel.Mode.ONE);
        showWhen(noneState, none);
        showWhen(content, none.not());
        noneIcon.getChildren().add(new FontIcon(Feather.FILE_TEXT));
        noneLabel.textProperty().bind(viewModel.titleProperty());

        titleLabel.textProperty().bind(viewModel.titleProperty());
        subtitleLabel.textProperty().bind(viewModel.subtitleProperty());
        FontIcon icon = new FontIcon(Feather.FILE);
        headerIcon.getChildren().add(icon);
        viewModel.modeProperty().addListener((obs, old, mode) ->
                icon.setIconCode(mode == DetailsViewModel.Mode.MANY ? Feather.LAYERS : Feather.FILE));

        copyIdButton.setGraphic(new FontIcon(Feather.COPY));
        copyIdButton.getStyleClass().addAll(Styles.SMALL);
        copyIdButton.textProperty().bind(viewModel.modeProperty().map(mode -> mode == DetailsViewModel.Mode.MANY ? "Copy IDs" : "Copy ID"));

        fill(fieldsGrid, viewModel.fields());
        fill(extraGrid, viewModel.extraFields());
        viewModel.fields().addListener((ListChangeListener<DetailField>) change -> fill(fieldsGrid, viewModel.fields()));
        viewModel.extraFields().addListener((ListChangeListener<DetailField>) change -> fill(extraGrid, viewModel.extraFields()));
        viewModel.listedFiles().addListener((ListChangeListener<DetailField>) change -> list(listedFilesBox, viewModel.listedFiles()));
        showWhen(fieldsGrid, Bindings.isNotEmpty(viewModel.fields()));
        showWhen(listedFilesBox, Bindings.isNotEmpty(viewModel.listedFiles()));
        showWhen(extraSection, Bindings.isNotEmpty(viewModel.extraFields()));
        showWhen(rawSection, one);
        rawJsonArea.textProperty().bind(viewModel.rawJsonProperty());
    }

    /** Rebuilds a grid's rows: a handful of labels, cheaper than reusing them is worth. */
    private static void fill(GridPane grid, ObservableList<DetailField> fields) {
        grid.getChildren().clear();
        int row = 0;
        for (DetailField field : fields) {
            Label label = new Label(field.label());
            label.getStyleClass().add("field-label");
            Label value = new Label(field.value());
            value.getStyleClass().add("field-value");
            value.setWrapText(true);
            value.setTooltip(new Tooltip(field.value()));
            value.setId(valueId(field.label()));
            GridPane.setValignment(label, VPos.TOP);
            grid.addRow(row++, label, value);
        }
    }

    /** Several files, one a line: the name takes the room (cut with "…"), the size keeps its own. */
    private static void list(VBox box, ObservableList<DetailField> files) {
        box.getChildren().clear();
        for (DetailField file : files) {
            Label name = new Label(file.label());
            name.getStyleClass().add("listed-name");
            name.setMinWidth(0);
            name.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(name, Priority.ALWAYS);
            Label size = new Label(file.value());
            size.getStyleClass().add("listed-size");
            size.setMinWidth(Label.USE_PREF_SIZE);
            box.getChildren().add(new HBox(8, name, size));
        }
    }

    /** "Created (UTC)" → "detail-created-utc": lets tests and accessibility tools find a value. */
    static String valueId(String label) {
        return "detail-" + label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }


    @FXML
    private void copyId() {
        viewModel.copyId(clipboard);
    }
}
