package dev.filedeck.api;

/**
 * What page of the file list to fetch.
 *
 * @param after null for the first page, else the previous page's {@link FilePage#nextCursor()}
 * @param limit files per page, 1 to 10,000
 * @param order newest or oldest first
 * @param purpose only files of this purpose, or null for all
 */
public record ListQuery(String after, int limit, SortOrder order, String purpose) {

    public static final int MAX_LIMIT = 10_000;

    public ListQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ": " + limit);
        }
        if (order == null) {
            order = SortOrder.NEWEST_FIRST;
        }
        if (purpose != null && purpose.isBlank()) {
            purpose = null;
        }
    }

    public static ListQuery firstPage(int limit) {
        return new ListQuery(null, limit, SortOrder.NEWEST_FIRST, null);
    }

    public ListQuery after(String cursor) {
        return new ListQuery(cursor, limit, order, purpose);
    }

    public ListQuery withOrder(SortOrder value) {
        return new ListQuery(after, limit, value, purpose);
    }

    public ListQuery withPurpose(String value) {
        return new ListQuery(after, limit, order, value);
    }

    public ListQuery withLimit(int value) {
        return new ListQuery(after, value, order, purpose);
    }
}
