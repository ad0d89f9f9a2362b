package dev.filedeck.ui.files;

import dev.filedeck.api.ListQuery;

/**
 * A page to show: where it starts and how to ask for it.
 *
 * @param index the page's number from 0
 * @param offset how many files come before it, for the "Files 51–100" label
 * @param query the request: the list's query with this page's cursor as {@code after}
 */
record PageTarget(int index, long offset, ListQuery query) {

    /** The list's query without this page's cursor: pages of one list share it. */
    ListQuery list() {
        return query.after(null);
    }
}
