package dev.filedeck.ui.files;

import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

import java.util.function.Function;

/**
 * A table cell showing one text of its row, more detail in a tooltip, and the row's state as a
 * CSS pseudo-class (":expired", ":failed") so that the look stays in the stylesheet.
 */
final class FileRowCell extends TableCell<FileRow, FileRow> {

    private final Function<FileRow, String> text;
    private final Function<FileRow, String> detail;
    private final Function<FileRow, PseudoClass> state;
    // Made once per cell, not per update: cells are reused while scrolling.
    private final Tooltip tooltip = new Tooltip();
    private PseudoClass shownState;

    /**
     * @param detail the tooltip text, or null for none
     * @param state the pseudo-class of the row's state, or null for none
     */
    FileRowCell(Function<FileRow, String> text, Function<FileRow, String> detail, Function<FileRow, PseudoClass> state) {
        this.text = text;
        this.detail = detail;
        this.state = state;
        tooltip.setShowDelay(Duration.millis(400));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(480);
    }

    @Override
    protected void updateItem(FileRow row, boolean empty) {
        super.updateItem(row, empty);
        PseudoClass newState = empty || row == null || state == null ? null : state.apply(row);
        if (shownState != newState) {
            if (shownState != null) {
                pseudoClassStateChanged(shownState, false);
            }
            if (newState != null) {
                pseudoClassStateChanged(newState, true);
            }
            shownState = newState;
        }
        if (empty || row == null) {
            setText(null);
            setTooltip(null);
            return;
        }
        setText(text.apply(row));
        String more = detail == null ? null : detail.apply(row);
        if (more == null || more.isBlank()) {
            setTooltip(null);
        } else {
            tooltip.setText(more);
            setTooltip(tooltip);
        }
    }
}
