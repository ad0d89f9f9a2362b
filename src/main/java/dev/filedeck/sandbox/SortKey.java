package dev.filedeck.sandbox;

/**
 * A file's place in list order: created_at, then the upload sequence number, which breaks ties stably so that
 * ascending order is the exact reverse of descending order and a cursor always has one well-defined position.
 */
record SortKey(long createdAt, long sequence) implements Comparable<SortKey> {

    @Override
    public int compareTo(SortKey other) {
        int byTime = Long.compare(createdAt, other.createdAt);
        return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
    }
}
