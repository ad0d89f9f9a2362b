package dev.filedeck.settings;

import java.util.List;
import java.util.Map;

/**
 * What the window remembers between runs. Every field has a sensible default, so a missing or
 * partly unreadable file never stops the app.
 *
 * @param window the window's bounds, null until the window was first closed
 * @param columns the files table's columns in display order (id, width, visible), empty for the default
 * @param sortColumn the column the table is sorted by, or null
 * @param sortAscending the sort direction
 * @param pageSize files per page: 25, 50, 100, 250 or 1000
 * @param newestFirst the list order
 * @param lastUploadFolder the folder the upload chooser opened last, or null
 * @param lastDownloadFolder the folder files were saved to last, or null
 * @param lastPurpose the purpose chosen for the last upload, or null
 * @param purposeByExtension the purpose last chosen per file extension ("jsonl" → "batch")
 * @param darkTheme whether the dark theme is on
 * @param maxConcurrentTransfers how many transfers run at once
 * @param detailsVisible whether the details panel shows
 * @param transfersVisible whether the transfer queue shows
 */
public record UiSettings(WindowBounds window, List<ColumnState> columns, String sortColumn, boolean sortAscending,
                         int pageSize, boolean newestFirst, String lastUploadFolder, String lastDownloadFolder,
                         String lastPurpose, Map<String, String> purposeByExtension, boolean darkTheme,
                         int maxConcurrentTransfers, boolean detailsVisible, boolean transfersVisible) {

    public static final List<Integer> PAGE_SIZES = List.of(25, 50, 100, 250, 1000);

    public UiSettings {
        columns = columns == null ? List.of() : List.copyOf(columns);
        purposeByExtension = purposeByExtension == null ? Map.of() : Map.copyOf(purposeByExtension);
        if (!PAGE_SIZES.contains(pageSize)) {
            pageSize = 100;
        }
        if (maxConcurrentTransfers < 1 || maxConcurrentTransfers > 8) {
            maxConcurrentTransfers = 2;
        }
    }

    public static UiSettings defaults() {
        return new UiSettings(null, List.of(), null, true, 100, true, null, null, null, Map.of(), false, 2, true, false);
    }

    /** Where and how big the window was. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    /** One column of the files table. */
    public record ColumnState(String id, double width, boolean visible) {
    }

    public UiSettings withWindow(WindowBounds value) {
        return new UiSettings(value, columns, sortColumn, sortAscending, pageSize, newestFirst, lastUploadFolder, lastDownloadFolder, lastPurpose, purposeByExtension, darkTheme, maxConcurrentTransfers, detailsVisible, transfersVisible);
    }

    public UiSettings withColumns(List<ColumnState> value, String sortBy, boolean ascending) {
        return new UiSettings(window, value, sortBy, ascending, pageSize, newestFirst, lastUploadFolder, lastDownloadFolder, lastPurpose, purposeByExtension, darkTheme, maxConcurrentTransfers, detailsVisible, transfersVisible);
    }

    public UiSettings withPaging(int size, boolean newest) {
        return new UiSettings(window, columns, sortColumn, sortAscending, size, newest, lastUploadFolder, lastDownloadFolder, lastPurpose, purposeByExtension, darkTheme, maxConcurrentTransfers, detailsVisible, transfersVisible);
    }

    public UiSettings withLastUploadFolder(String value) {
        return new UiSettings(window, columns, sortColumn, sortAscending, pageSize, newestFirst, value, lastDownloadFolder, lastPurpose, purposeByExtension, darkTheme, maxConcurrentTransfers, detailsVisible, transfersVisible);
    }

    public UiSettings withLastDownloadFolder(String value) {
        return new UiSettings(window, columns, sortColumn, sortAscending, pageSize, newestFirst, lastUploadFolder, value, lastPurpose, purposeByExtension, darkTheme, maxConcurrentTransfers, detailsVisible, transfersVisible);
    }

    /** Remembers a purpose choice, for the extension of the file it was made for too. */
    public UiSettings withPurposeChoice(String extension, String purpose) {
        java.util.HashMap<String, String> byExtension = new java.util.HashMap<>(purposeByExtension);
        if (extension != null && !extension.isBlank()) {
            byExtension.put(extension.toLowerCase(java.util.Locale.ROOT), purpose);
        }
        return new UiSettings(window, columns, sortColumn, sortAscending, pageSize, newestFirst, lastUploadFolder, lastDownloadFolder, purpose, byExtension, darkTheme, maxConcurrentTransfers, detailsVisible, transfersVisible);
    }

    public UiSettings withDarkTheme(boolean value) {
        return new UiSettings(window, columns, sortColumn, sortAscending, pageSize, newestFirst, lastUploadFolder, lastDownloadFolder, lastPurpose, purposeByExtension, value, maxConcurrentTransfers, detailsVisible, transfersVisible);
    }

    public UiSettings withMaxConcurrentTransfers(int value) {
        return new UiSettings(window, columns, sortColumn, sortAscending, pageSize, newestFirst, lastUploadFolder, lastDownloadFolder, lastPurpose, purposeByExtension, darkTheme, value, detailsVisible, transfersVisible);
    }

    public UiSettings withPanels(boolean details, boolean transfers) {
        return new UiSettings(window, columns, sortColumn, sortAscending, pageSize, newestFirst, lastUploadFolder, lastDownloadFolder, lastPurpose, purposeByExtension, darkTheme, maxConcurrentTransfers, details, transfers);
    }
}
