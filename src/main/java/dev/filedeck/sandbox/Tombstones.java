package dev.filedeck.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where deleted files used to sit in list order, so a client paging with {@code after=<id>} keeps its place
 * when that very file was deleted meanwhile (bulk delete while paging). In memory only, bounded.
 */
final class Tombstones {

    private static final int CAPACITY = 100_000;

    private final Map<String, SortKey> keys = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SortKey> eldest) {
            return size() > CAPACITY;
        }
    };

    synchronized void remember(String id, SortKey key) {
        keys.put(id, key);
    }

    synchronized SortKey find(String id) {
        return keys.get(id);
    }
}
