package dev.filedeck.ui.files;

import dev.filedeck.settings.UiSettings.ColumnState;

import java.util.List;

/**
 * The files table's columns as the user arranged them, to remember between runs.
 *
 * @param columns every column in display order: id, width, visible
 * @param sortColumn the id of the column sorted by, or null when unsorted (list order)
 * @param sortAscending the sort direction
 */
public record ColumnLayout(List<ColumnState> columns, String sortColumn, boolean sortAscending) {

    public ColumnLayout {
        columns = List.copyOf(columns);
    }
}
