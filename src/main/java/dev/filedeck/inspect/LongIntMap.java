package dev.filedeck.inspect;

/** An open-addressing map from long to a non-zero int: 12 bytes an entry, where boxed maps take ten times that. */
final class LongIntMap {

    private long[] keys = new long[1024];
    private int[] values = new int[1024];
    private int size;

    /** Puts the value unless the key is present; returns the present value, or 0 when it was absent. */
    int putIfAbsent(long key, int value) {
        if ((size + 1) * 4L > keys.length * 3L) {
            grow();
        }
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            if (values[i] == 0) {
                keys[i] = key;
                values[i] = value;
                size++;
                return 0;
            }
            if (keys[i] == key) {
                return values[i];
            }
        }
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldValues.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != 0) {
                putIfAbsent(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
