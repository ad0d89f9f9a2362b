package dev.filedeck.sandbox;

import java.util.Locale;

/** Byte counts as people read them in error messages. */
final class Sizes {

    private Sizes() {
    }

    static String describe(long bytes) {
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        String amount = value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
        return amount + " " + units[unit] + " (" + bytes + " bytes)";
    }
}
