package dev.filedeck.ui.preview;

import dev.filedeck.inspect.JsonlRecord;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** A JSONL record in the list: its line number and its text on one line; invalid ones in the danger colour. */
final class RecordCell extends ListCell<JsonlRecord> {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    /** A list cell needs only what fits on one line. */
    private static final int SHOWN_CHARS = 400;

    private final Label line = new Label();
    private final Label text = new Label();
    private final Tooltip errorTip = new Tooltip();
    private final HBox row = new HBox(8, line, text);

    RecordCell() {
        getStyleClass().add("record-cell");
        line.getStyleClass().addAll("record-line", "mono");
        line.setMinWidth(USE_PREF_SIZE);
        text.getStyleClass().addAll("record-text", "mono");
        text.setTextOverrun(OverrunStyle.ELLIPSIS);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        errorTip.setWrapText(true);
        errorTip.setMaxWidth(480);
        setPrefWidth(0);
        setText(null);
    }

    @Override
    protected void updateItem(JsonlRecord item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setTooltip(null);
            pseudoClassStateChanged(INVALID, false);
            return;
        }
        line.setText(Long.toString(item.line()));
        String shown = item.text().length() > SHOWN_CHARS ? item.text().substring(0, SHOWN_CHARS) : item.text();
        text.setText(shown);
        pseudoClassStateChanged(INVALID, !item.valid());
        if (item.valid()) {
            setTooltip(null);
        } else {
            errorTip.setText("Not valid JSON. " + item.error());
            setTooltip(errorTip);
        }
        setGraphic(row);
    }
}
