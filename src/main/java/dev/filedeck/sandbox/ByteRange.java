package dev.filedeck.sandbox;

/**
 * A Range request header as file servers honour it: one range of bytes ("bytes=0-1023",
 * "bytes=500-", "bytes=-200"). Anything else (several ranges, other units, nonsense) is ignored and
 * the whole file is sent, as RFC 9110 allows.
 */
final class ByteRange {

    private ByteRange() {
    }

    /** {first, last} inclusive, within a file of {@code size} bytes; null for the whole file. */
    static long[] parse(String header, long size) {
        if (header == null || size <= 0 || !header.startsWith("bytes=") || header.contains(",")) {
            return null;
        }
        String spec = header.substring("bytes=".length()).strip();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return null;
        }
        try {
            String from = spec.substring(0, dash).strip();
            String to = spec.substring(dash + 1).strip();
            if (from.isEmpty()) {
                long suffix = Long.parseLong(to);
                return suffix <= 0 ? null : new long[] {Math.max(0, size - suffix), size - 1};
            }
            long first = Long.parseLong(from);
            long last = to.isEmpty() ? size - 1 : Math.min(Long.parseLong(to), size - 1);
            return first < 0 || first > last ? null : new long[] {first, last};
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
