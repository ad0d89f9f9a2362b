package dev.filedeck.ui.upload;

/** How the upload sheet was closed. */
public enum SheetOutcome {
    /** The files were queued. */
    UPLOADED,
    /** Nothing was queued. */
    CANCELLED
}
