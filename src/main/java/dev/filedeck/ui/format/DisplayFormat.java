package dev.filedeck.ui.format;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * How sizes and times are written for people. Explicit zone and locale, so that view models format
 * the same way on every machine a test runs on.
 *
 * <p>Sizes use decimal units (1 KB = 1000 bytes), as the providers' limits and most file managers do.
 */
public record DisplayFormat(ZoneId zone, Locale locale) {

    private static final String[] UNITS = {"KB", "MB", "GB", "TB", "PB", "EB"};

    public DisplayFormat {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(locale, "locale");
    }

    /** The user's time zone and formatting locale. */
    public static DisplayFormat system() {
        return new DisplayFormat(ZoneId.systemDefault(), Locale.getDefault(Locale.Category.FORMAT));
    }

    /** A short size: "512 bytes", "12.4 KB", "1.0 MB". */
    public String byteSize(long bytes) {
        if (bytes < 1000) {
            return bytes == 1 ? "1 byte" : bytes + " bytes";
        }
        double value = bytes;
        int unit = -1;
        do {
            value /= 1000;
            unit++;
            // Move up while rounding would show "1000.0 KB".
        } while (Math.round(value * 10) >= 10_000 && unit < UNITS.length - 1);
        return String.format(locale, "%.1f %s", value, UNITS[unit]);
    }

    /** The exact size: "12,400 bytes". */
    public String exactBytes(long bytes) {
        return String.format(locale, "%,d %s", bytes, bytes == 1 ? "byte" : "bytes");
    }

    /** Local date and time to the minute, sortable as text: "2025-11-25 14:03". */
    public String dateTime(Instant instant) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", locale).withZone(zone).format(instant);
    }

    /** Local date and time to the second, with the zone: "2025-11-25 14:03:27 CET". */
    public String fullDateTime(Instant instant) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss zzz", locale).withZone(zone).format(instant);
    }

    /** The same instant in UTC, to the second: "2025-11-25 13:03:27 UTC". */
    public String utcDateTime(Instant instant) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", locale).withZone(ZoneOffset.UTC).format(instant);
    }

    /** A count with grouping: "1,200". */
    public String count(long value) {
        return String.format(locale, "%,d", value);
    }

    /** "1 file", "1,200 files". */
    public String files(long value) {
        return value == 1 ? "1 file" : count(value) + " files";
    }

    /**
     * When something expires, relative to now and rounded down: "in 3 days", "in 5 hours",
     * "in 12 minutes", "in less than a minute", or "expired" once the moment has passed.
     */
    public String relativeExpiry(Instant expires, Instant now) {
        Duration left = Duration.between(now, expires);
        if (left.isNegative() || left.isZero()) {
            return "expired";
        }
        if (left.toDays() >= 2) {
            return "in " + left.toDays() + " days";
        }
        if (left.toHours() >= 1) {
            return left.toHours() == 1 ? "in 1 hour" : "in " + left.toHours() + " hours";
        }
        if (left.toMinutes() >= 1) {
            return left.toMinutes() == 1 ? "in 1 minute" : "in " + left.toMinutes() + " minutes";
        }
        return "in less than a minute";
    }
}
