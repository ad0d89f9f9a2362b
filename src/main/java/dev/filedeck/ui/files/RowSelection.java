package dev.filedeck.ui.files;

import java.util.List;

/**
 * The rows the view should select after the rows changed (a refresh, an upload revealed, a
 * search), by file id.
 *
 * @param serial distinguishes two equal requests, so that each is applied
 * @param ids the files to select, in selection order; only those shown are selected
 * @param scrollTo the file to scroll into view, or null
 */
public record RowSelection(long serial, List<String> ids, String scrollTo) {

    public RowSelection {
        ids = List.copyOf(ids);
    }
}
