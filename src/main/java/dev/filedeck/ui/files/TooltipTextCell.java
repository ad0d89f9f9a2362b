package dev.filedeck.ui.files;

import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

import java.util.function.Function;

/** A table cell showing a text of its row, with more detail in a tooltip. */
final class TooltipTextCell<S> extends TableCell<S, S> {

    private final Function<S, String> text;
    private final Function<S, String> detail;
    // Made once per cell, not per update: cells are reused while scrolling.
    private final Tooltip tooltip = new Tooltip();

    TooltipTextCell(Function<S, String> text, Function<S, String> detail) {
        this.text = text;
        this.detail = detail;
    }

    @Override
    protected void updateItem(S row, boolean empty) {
        super.updateItem(row, empty);
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
