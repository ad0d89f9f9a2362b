package dev.filedeck.ui.files;

/** Why the table has no rows, so the view can pick a fitting picture for the message. */
public enum EmptyReason {
    /** The connection has no files (of the list's purpose, when filtered: see {@link #NO_PURPOSE_MATCH}). */
    NO_FILES,
    /** No file has the purpose filtered for. */
    NO_PURPOSE_MATCH,
    /** No file on the page, or in all files, matches the search text. */
    NO_SEARCH_MATCH,
    /** A search of every page runs and has found nothing yet. */
    SEARCHING
}
