package dev.filedeck.inspect;

import java.util.Locale;

/** Byte sizes in messages, as the rest of the app writes them (1 KB = 1,024 bytes). */
final class Sizes {

    private Sizes() {
    }

    static String text(long bytes) {
        if (bytes < 1024) {
            return String.format(Locale.ROOT, "%,d bytes", bytes);
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, value >= 100 || value == Math.rint(value) ? "%.0f %s" : "%.1f %s", value, units[unit]);
    }
}
