package dev.filedeck.ui.files;

/** What the table area shows when it has no rows to show, and whether it has rows. */
public enum ListState {
    /** Nothing to show yet: the first load is running. */
    LOADING,
    /** Rows are shown; a load may be running quietly behind them. */
    READY,
    /** No rows: no files at all, none of the chosen purpose, or none matching the search. */
    EMPTY,
    /** The first load failed, so there is nothing to show; the error banner tells why. */
    FAILED
}
