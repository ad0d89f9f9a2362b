package dev.filedeck.ui.files;

import dev.filedeck.api.FileObject;
import dev.filedeck.ui.format.DisplayFormat;

import java.util.Comparator;

/**
 * One file as the table shows it: display texts are made once here, not in the cells.
 *
 * @param id the file's id
 * @param name the file name, or the id when the server gave none
 * @param purpose the purpose, empty when none
 * @param bytes the size, null when the server does not say
 * @param createdAt Unix seconds
 * @param sizeText e.g. "12.4 KB"
 * @param sizeDetail the exact size, e.g. "12,400 bytes"
 * @param createdText local date and time, e.g. "2025-11-25 14:03"
 * @param createdDetail the same to the second, with the zone
 */
public record FileRow(String id, String name, String purpose, Long bytes, long createdAt,
                      String sizeText, String sizeDetail, String createdText, String createdDetail) {

    private static final String UNKNOWN = "—";

    public static final Comparator<FileRow> BY_NAME = Comparator.comparing(FileRow::name, String.CASE_INSENSITIVE_ORDER);
    public static final Comparator<FileRow> BY_PURPOSE = Comparator.comparing(FileRow::purpose);
    public static final Comparator<FileRow> BY_SIZE = Comparator.comparing(FileRow::bytes, Comparator.nullsFirst(Comparator.naturalOrder()));
    public static final Comparator<FileRow> BY_CREATED = Comparator.comparingLong(FileRow::createdAt);

    public static FileRow of(FileObject file, DisplayFormat format) {
        String name = file.filename() == null || file.filename().isBlank() ? file.id() : file.filename();
        String purpose = file.purpose() == null ? "" : file.purpose();
        boolean sized = file.bytes() != null;
        boolean dated = file.createdAt() > 0;
        return new FileRow(file.id(), name, purpose, file.bytes(), file.createdAt(),
                sized ? format.byteSize(file.bytes()) : UNKNOWN,
                sized ? format.exactBytes(file.bytes()) : "The server does not report the size",
                dated ? format.dateTime(file.created()) : UNKNOWN,
                dated ? format.fullDateTime(file.created()) : "The server does not report when");
    }
}
