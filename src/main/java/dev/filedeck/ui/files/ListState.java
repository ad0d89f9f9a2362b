package dev.filedeck.ui.files;

/** What the file list area shows. */
public enum ListState {
    /** Nothing to show yet: the first load (or a retry after a failure) is running. */
    LOADING,
    /** Files are shown; a refresh may be running quietly behind them. */
    READY,
    /** The connection has no files. */
    EMPTY,
    /** The last load failed; see {@link FilesViewModel#failureProperty()}. */
    FAILED
}
