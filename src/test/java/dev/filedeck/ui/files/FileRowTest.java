package dev.filedeck.ui.files;

import dev.filedeck.api.FileObject;
import dev.filedeck.ui.format.DisplayFormat;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileRowTest {

    private static final DisplayFormat UTC = new DisplayFormat(ZoneOffset.UTC, Locale.ROOT);
    private static final Instant NOW = Instant.parse("2025-11-25T12:00:00Z");

    @Test
    void writesExpiryRelativeToNowAndFlagsHowSoon() {
        FileRow later = row(NOW.plus(Duration.ofDays(3)));
        assertEquals("in 3 days", later.expiresText());
        assertEquals(FileRow.Expiry.LATER, later.expiry());
        assertEquals("Expires 2025-11-28 12:00:00 Z", later.expiresDetail());

        FileRow soon = row(NOW.plus(Duration.ofHours(5)));
        assertEquals("in 5 hours", soon.expiresText());
        assertEquals(FileRow.Expiry.SOON, soon.expiry());

        FileRow expired = row(NOW.minusSeconds(1));
        assertEquals("expired", expired.expiresText());
        assertEquals(FileRow.Expiry.EXPIRED, expired.expiry());

        FileRow never = row(null);
        assertEquals("—", never.expiresText());
        assertEquals("Does not expire", never.expiresDetail());
        assertEquals(FileRow.Expiry.NEVER, never.expiry());
    }

    @Test
    void showsTheExactSizeAndBothTimesInTheTooltips() {
        FileRow row = row(null);
        assertEquals("12.4 KB", row.sizeText());
        assertEquals("12,400 bytes", row.sizeDetail());
        assertEquals("2025-11-25 11:00", row.createdText());
        assertEquals("2025-11-25 11:00:00 Z\n2025-11-25 11:00:00 UTC", row.createdDetail());
    }

    @Test
    void showsHostileNamesSafelyAndTheWholeNameInTheTooltip() {
        String hostile = "\u202Etxt.exe\u0000<script>alert(1)</script>" + "a".repeat(10_000);
        FileRow row = FileRow.of(new FileObject("file-1", 1L, 1, null, hostile, "batch\u202E", "error", "bad\nline", "{}"), UTC, NOW);

        assertTrue(row.name().startsWith("txt.exe\uFFFD<script>alert(1)</script>"), row.name());
        assertTrue(row.name().length() < 400, "cut for display");
        assertTrue(row.nameDetail().startsWith("<U+202E>txt.exe<U+0000><script>"), row.nameDetail());
        assertEquals("batch", row.purpose());
        assertEquals("bad<U+000A>line", row.statusDetail());
        assertTrue(row.failed());
    }

    private static FileRow row(Instant expires) {
        Long expiresAt = expires == null ? null : expires.getEpochSecond();
        FileObject file = new FileObject("file-1", 12_400L, NOW.minusSeconds(3600).getEpochSecond(), expiresAt, "a.jsonl",
                "batch", "processed", null, "{}");
        return FileRow.of(file, UTC, NOW);
    }
}
