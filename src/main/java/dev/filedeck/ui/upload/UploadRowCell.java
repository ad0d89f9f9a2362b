package dev.filedeck.ui.upload;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A file in the upload sheet: icon, name, the reason it is skipped if it is, and its size. */
final class UploadRowCell extends ListCell<UploadRow> {

    private static final PseudoClass SKIPPED = PseudoClass.getPseudoClass("skipped");

    // Built once per cell and refilled in updateItem: cells are reused as the list scrolls.
    private final FontIcon icon = new FontIcon(Feather.FILE);
    private final Label name = new Label();
    private final Label problem = new Label();
    private final Label size = new Label();
    private final Label check = new Label();
    private final Tooltip sizeTooltip = new Tooltip();
    private final HBox row;

    UploadRowCell() {
        icon.getStyleClass().add("row-icon");
        name.getStyleClass().add("row-name");
        problem.getStyleClass().add("row-problem");
        problem.managedProperty().bind(problem.visibleProperty());
        size.getStyleClass().add("row-size");
        size.setMinWidth(USE_PREF_SIZE);
        VBox texts = new VBox(1, name, problem);
        texts.setMinWidth(0);
        HBox.setHgrow(texts, Priority.ALWAYS);
        check.getStyleClass().add("row-check");
        check.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the badge never shrinks to "…"
        check.managedProperty().bind(check.visibleProperty());
        row = new HBox(icon, texts, check, size);
        row.getStyleClass().add("upload-row");
        setText(null);
    }

    @Override
    protected void updateItem(UploadRow item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            size.setTooltip(null);
            return;
        }
        name.setText(item.name());
        problem.setText(item.problem());
        problem.setVisible(item.skipped());
        icon.setIconCode(item.skipped() ? Feather.ALERT_TRIANGLE : Feather.FILE);
        size.setText(item.size());
        sizeTooltip.setText(item.exactSize());
        size.setTooltip(item.exactSize().isEmpty() ? null : sizeTooltip);
        row.pseudoClassStateChanged(SKIPPED, item.skipped());
        check.setText(item.checkText());
        check.setVisible(!item.checkText().isEmpty());
        for (UploadRow.Check state : UploadRow.Check.values()) {
            check.pseudoClassStateChanged(PseudoClass.getPseudoClass(state.name().toLowerCase(java.util.Locale.ROOT)), state == item.check());
        }
        setGraphic(row);
    }
}
