package dev.filedeck.api;

/** List order by creation time. */
public enum SortOrder {
    NEWEST_FIRST("desc"),
    OLDEST_FIRST("asc");

    private final String wireValue;

    SortOrder(String wireValue) {
        this.wireValue = wireValue;
    }

    /** The value of the {@code order} query parameter. */
    public String wireValue() {
        return wireValue;
    }
}
