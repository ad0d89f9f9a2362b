package dev.filedeck.ui.files;

import dev.filedeck.api.FileObject;
import dev.filedeck.ui.format.DisplayFormat;
import dev.filedeck.ui.format.SafeText;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;

/**
 * One file as the table shows it. Display texts are made once here, not in the cells, and are
 * safe to show: server strings pass through {@link SafeText}.
 *
 * @param file the file as the server described it
 * @param name the file name for one line (the id when the server gave none)
 * @param nameDetail the whole name with hidden characters made visible, for the tooltip
 * @param purpose the purpose, empty when none
 * @param sizeText e.g. "12.4 KB", "—" when unknown
 * @param sizeDetail the exact size, e.g. "12,400 bytes"
 * @param createdText local date and time, e.g. "2025-11-25 14:03"
 * @param createdDetail local time to the second with the zone, and UTC
 * @param expiresText e.g. "in 3 days", "expired", "—"
 * @param expiresDetail the expiry as a date, or that the file does not expire
 * @param expiry how soon the file expires, for styling
 * @param statusText uploaded, processed, error, … or "—"
 * @param statusDetail the status details, if any
 */
public record FileRow(FileObject file, String name, String nameDetail, String purpose, String sizeText, String sizeDetail,
                      String createdText, String createdDetail, String expiresText, String expiresDetail, Expiry expiry,
                      String statusText, String statusDetail) {

    private static final String UNKNOWN = "—";
    /** Files expiring sooner than this are flagged. */
    static final Duration SOON = Duration.ofDays(1);

    /** How soon a file expires. */
    public enum Expiry {
        NEVER, LATER, SOON, EXPIRED
    }

    public static final Comparator<FileRow> BY_NAME = Comparator.comparing(FileRow::name, String.CASE_INSENSITIVE_ORDER);
    public static final Comparator<FileRow> BY_PURPOSE = Comparator.comparing(FileRow::purpose);
    public static final Comparator<FileRow> BY_SIZE = Comparator.comparing(row -> row.file().bytes(), Comparator.nullsFirst(Comparator.naturalOrder()));
    public static final Comparator<FileRow> BY_CREATED = Comparator.comparingLong(row -> row.file().createdAt());
    public static final Comparator<FileRow> BY_EXPIRES = Comparator.comparing(row -> row.file().expiresAt(), Comparator.nullsLast(Comparator.naturalOrder()));
    public static final Comparator<FileRow> BY_STATUS = Comparator.comparing(FileRow::statusText);
    public static final Comparator<FileRow> BY_ID = Comparator.comparing(FileRow::id);

    public static FileRow of(FileObject file, DisplayFormat format, Instant now) {
        String filename = file.filename() == null || file.filename().isBlank() ? file.id() : file.filename();
        boolean sized = file.bytes() != null;
        boolean dated = file.createdAt() > 0;
        String status = file.status() == null || file.status().isBlank() ? UNKNOWN : SafeText.display(file.status());
        return new FileRow(file, SafeText.display(filename), SafeText.revealed(filename), SafeText.display(file.purpose()),
                sized ? format.byteSize(file.bytes()) : UNKNOWN,
                sized ? format.exactBytes(file.bytes()) : "The server does not report the size",
                dated ? format.dateTime(file.created()) : UNKNOWN,
                dated ? format.fullDateTime(file.created()) + "\n" + format.utcDateTime(file.created()) : "The server does not report when",
                file.expires().map(at -> format.relativeExpiry(at, now)).orElse(UNKNOWN),
                file.expires().map(at -> (at.isAfter(now) ? "Expires " : "Expired ") + format.fullDateTime(at)).orElse("Does not expire"),
                expiry(file, now), status,
                file.statusDetails() == null ? null : SafeText.revealed(file.statusDetails()));
    }

    private static Expiry expiry(FileObject file, Instant now) {
        if (file.expiresAt() == null) {
            return Expiry.NEVER;
        }
        Instant at = file.expires().orElseThrow();
        if (!at.isAfter(now)) {
            return Expiry.EXPIRED;
        }
        return at.isBefore(now.plus(SOON)) ? Expiry.SOON : Expiry.LATER;
    }

    public String id() {
        return file.id();
    }

    /** The id as shown: ids come from the server, so they are untrusted text too. */
    public String idText() {
        return SafeText.display(file.id());
    }

    /** Whether the server reports the file as failed. */
    public boolean failed() {
        return "error".equalsIgnoreCase(file.status()) || "failed".equalsIgnoreCase(file.status());
    }
}
