package dev.filedeck.ui.format;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DisplayFormatTest {

    private final DisplayFormat format = new DisplayFormat(ZoneOffset.UTC, Locale.ROOT);

    @ParameterizedTest
    @CsvSource({
            "0, 0 bytes",
            "1, 1 byte",
            "999, 999 bytes",
            "1000, 1.0 KB",
            "12400, 12.4 KB",
            "999949, 999.9 KB",
            "999950, 1.0 MB",
            "3500000, 3.5 MB",
            "536870912, 536.9 MB",
            "2147483648, 2.1 GB",
    })
    void writesSizesInDecimalUnits(long bytes, String expected) {
        assertEquals(expected, format.byteSize(bytes));
    }

    @Test
    void writesExactSizesWithGrouping() {
        assertEquals("12,400 bytes", format.exactBytes(12_400));
        assertEquals("1 byte", format.exactBytes(1));
    }

    @Test
    void followsTheLocalesDecimalSeparator() {
        DisplayFormat german = new DisplayFormat(ZoneOffset.UTC, Locale.GERMANY);
        assertEquals("12,4 KB", german.byteSize(12_400));
        assertEquals("12.400 bytes", german.exactBytes(12_400));
    }

    @Test
    void writesTimesInTheGivenZone() {
        Instant instant = Instant.parse("2025-11-25T23:30:05Z");
        DisplayFormat berlin = new DisplayFormat(ZoneId.of("Europe/Berlin"), Locale.ROOT);

        assertEquals("2025-11-25 23:30", format.dateTime(instant));
        assertEquals("2025-11-26 00:30", berlin.dateTime(instant));
        assertEquals("2025-11-26 00:30:05 CET", berlin.fullDateTime(instant));
    }

    @Test
    void writesTheSameInstantInUtc() {
        DisplayFormat berlin = new DisplayFormat(ZoneId.of("Europe/Berlin"), Locale.ROOT);
        assertEquals("2025-11-25 23:30:05 UTC", berlin.utcDateTime(Instant.parse("2025-11-25T23:30:05Z")));
    }

    @ParameterizedTest
    @CsvSource({
            "-60, expired",
            "0, expired",
            "30, in less than a minute",
            "60, in 1 minute",
            "720, in 12 minutes",
            "3600, in 1 hour",
            "18000, in 5 hours",
            "172799, in 47 hours",
            "172800, in 2 days",
            "259300, in 3 days",
            "2592000, in 30 days",
    })
    void writesExpiryRelativeToNow(long secondsLeft, String expected) {
        Instant now = Instant.parse("2025-11-25T12:00:00Z");
        assertEquals(expected, format.relativeExpiry(now.plusSeconds(secondsLeft), now));
    }

    @Test
    void countsWithGrouping() {
        assertEquals("1,200", format.count(1200));
        assertEquals("1 file", format.files(1));
        assertEquals("1,200 files", format.files(1200));
    }
}
