package dev.filedeck.ui.transfers;

import atlantafx.base.theme.Styles;
import dev.filedeck.transfer.TransferDirection;
import dev.filedeck.transfer.TransferState;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One transfer row: direction, name and state, progress, figures, and the one action that fits the
 * state (cancel, retry or show in folder). The nodes are built once; a reused cell rebinds them to
 * its new row and lets go of the old one. State shows as pseudo-classes styled in the CSS.
 */
final class TransferCell extends ListCell<TransferItemViewModel> {

    private static final Map<TransferState, PseudoClass> STATES = new EnumMap<>(TransferState.class);
    private static final PseudoClass UPLOAD = PseudoClass.getPseudoClass("upload");
    private static final PseudoClass DOWNLOAD = PseudoClass.getPseudoClass("download");

    static {
        for (TransferState state : TransferState.values()) {
            STATES.put(state, PseudoClass.getPseudoClass(state.name().toLowerCase(Locale.ROOT)));
        }
    }

    private final FontIcon directionIcon = new FontIcon();
    private final Label name = new Label();
    private final Label state = new Label();
    private final Tooltip stateTooltip = new Tooltip();
    private final ProgressBar progress = new ProgressBar();
    private final Label bytes = figure("transfer-bytes", 150);
    private final Label speed = figure("transfer-speed", 84);
    private final Label timeLeft = figure("transfer-time-left", 64);
    private final Button cancel = action(Feather.X, "Cancel", "cancel-button");
    private final Button retry = action(Feather.ROTATE_CW, "Retry", "retry-button");
    private final Button showInFolder = action(Feather.FOLDER, "Show in folder", "show-in-folder-button");
    private final Button open = action(Feather.EXTERNAL_LINK, "Open with the default application", "open-button");
    private final MenuItem copyDetails = new MenuItem("Copy details");
    private final HBox row;
    private final ChangeListener<TransferState> stateListener = (observable, before, after) -> showState(after);
    private TransferItemViewModel bound;

    TransferCell() {
        getStyleClass().add("transfer-cell");
        directionIcon.getStyleClass().add("direction-icon");
        StackPane iconBox = new StackPane(directionIcon);
        iconBox.getStyleClass().add("direction-box");

        name.getStyleClass().add("transfer-name");
        name.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS); // keeps the extension visible
        state.getStyleClass().add("transfer-state");
        state.setTooltip(stateTooltip);
        stateTooltip.textProperty().bind(state.textProperty());
        stateTooltip.setWrapText(true);
        stateTooltip.setMaxWidth(560);
        VBox nameAndState = new VBox(name, state);
        nameAndState.getStyleClass().add("transfer-text");
        nameAndState.setMinWidth(0);
        HBox.setHgrow(nameAndState, Priority.ALWAYS);

        progress.getStyleClass().addAll("transfer-progress", Styles.SMALL);
        timeLeft.setGraphic(new FontIcon(Feather.CLOCK));
        timeLeft.setContentDisplay(ContentDisplay.LEFT);
        timeLeft.setTooltip(new Tooltip("Time left"));
        speed.setTooltip(new Tooltip("Speed over the last few seconds"));

        // At most one action fits a state at a time, so they share one slot and the columns stay aligned.
        // A finished download offers two: open it, or show it in its folder.
        HBox doneActions = new HBox(2, open, showInFolder);
        doneActions.visibleProperty().bind(showInFolder.visibleProperty());
        StackPane actions = new StackPane(cancel, retry, doneActions);
        actions.getStyleClass().add("transfer-actions");

        row = new HBox(iconBox, nameAndState, progress, bytes, speed, timeLeft, actions);
        row.getStyleClass().add("transfer-row");
        row.setAlignment(Pos.CENTER_LEFT);
        copyDetails.setOnAction(event -> copyDetails());
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        // A list sizes its cells to the widest one's preference; a long failure message would push the
        // actions off the right edge. With no preference of their own, rows fit the list's width.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(TransferItemViewModel item, boolean empty) {
        super.updateItem(item, empty);
        if (item == bound && !empty) {
            return;
        }
        unbind();
        if (empty || item == null) {
            setGraphic(null);
            setContextMenu(null);
            pseudoClassStateChanged(UPLOAD, false);
            pseudoClassStateChanged(DOWNLOAD, false);
            showState(null);
            return;
        }
        bind(item);
        setGraphic(row);
        setContextMenu(new ContextMenu(copyDetails));
    }

    private void bind(TransferItemViewModel item) {
        bound = item;
        boolean upload = item.direction() == TransferDirection.UPLOAD;
        directionIcon.setIconCode(upload ? Feather.UPLOAD : Feather.DOWNLOAD);
        pseudoClassStateChanged(UPLOAD, upload);
        pseudoClassStateChanged(DOWNLOAD, !upload);
        name.setText(item.name());
        name.setTooltip(new Tooltip(item.name() + "\n" + item.location()));
        state.textProperty().bind(item.stateTextProperty());
        progress.progressProperty().bind(item.progressProperty());
        bytes.textProperty().bind(item.bytesTextProperty());
        speed.textProperty().bind(item.speedTextProperty());
        timeLeft.textProperty().bind(item.timeLeftTextProperty());
        timeLeft.visibleProperty().bind(item.timeLeftTextProperty().isNotEmpty());
        cancel.visibleProperty().bind(item.canCancelProperty());
        retry.visibleProperty().bind(item.canRetryProperty());
        showInFolder.visibleProperty().bind(item.canShowInFolderProperty());
        open.visibleProperty().bind(item.canShowInFolderProperty());
        open.setOnAction(event -> item.open());
        cancel.setOnAction(event -> item.cancel());
        retry.setOnAction(event -> item.retry());
        showInFolder.setOnAction(event -> item.showInFolder());
        item.stateProperty().addListener(stateListener);
        showState(item.stateProperty().get());
    }

    private void unbind() {
        if (bound == null) {
            return;
        }
        bound.stateProperty().removeListener(stateListener);
        for (Label label : new Label[] {state, bytes, speed, timeLeft}) {
            label.textProperty().unbind();
        }
        progress.progressProperty().unbind();
        timeLeft.visibleProperty().unbind();
        cancel.visibleProperty().unbind();
        retry.visibleProperty().unbind();
        showInFolder.visibleProperty().unbind();
        open.visibleProperty().unbind();
        open.setOnAction(null);
        cancel.setOnAction(null);
        retry.setOnAction(null);
        showInFolder.setOnAction(null);
        bound = null;
    }

    private void showState(TransferState current) {
        STATES.forEach((value, pseudoClass) -> pseudoClassStateChanged(pseudoClass, value == current));
    }

    /** The name, where it is and the state with the request id, for a bug report or the provider's support. */
    private void copyDetails() {
        if (bound == null) {
            return;
        }
        String details = bound.name() + " (" + bound.direction().name().toLowerCase(Locale.ROOT) + "): " + bound.stateTextProperty().get();
        ClipboardContent content = new ClipboardContent();
        content.putString(details);
        Clipboard.getSystemClipboard().setContent(content);
    }

    private static Label figure(String styleClass, double width) {
        Label label = new Label();
        label.getStyleClass().addAll("transfer-figure", styleClass);
        label.setMinWidth(width);
        label.setPrefWidth(width);
        label.setAlignment(Pos.CENTER_RIGHT);
        return label;
    }

    private static Button action(Ikon icon, String text, String styleClass) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, styleClass);
        button.setTooltip(new Tooltip(text));
        button.setAccessibleText(text);
        button.setFocusTraversable(false);
        return button;
    }
}
