package dev.filedeck.inspect;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns the start of a file into a {@link Preview}. It reads at most the limit (images: whole, up
 * to {@link #IMAGE_LIMIT}, as half an image shows nothing) and never more; the caller closes the
 * stream, which ends the request.
 */
public final class PreviewReader {

    /** What a preview reads first; "Load more" asks for more. */
    public static final int FIRST_LIMIT = 1 << 20;
    public static final int IMAGE_LIMIT = 20 << 20;
    /** A record longer than this is shown cut: a text node of megabytes makes layout crawl. */
    static final int MAX_RECORD_CHARS = 100_000;
    static final int HEX_BYTES = 512;
    static final int MAX_CSV_ROWS = 10_000;

    private static final JsonFactory FACTORY = new JsonFactory();

    private PreviewReader() {
    }

    /**
     * @param totalBytes the file's size if known, else -1
     * @param limit how many bytes to read at most
     */
    public static Preview read(InputStream in, String filename, long totalBytes, int limit) throws IOException {
        byte[] bytes = in.readNBytes(limit);
        boolean truncated = totalBytes >= 0 ? totalBytes > bytes.length : bytes.length == limit && in.read() != -1;
        ContentKind kind = ContentSniffer.detect(bytes, bytes.length, filename);
        if (kind.isImage() && truncated && (totalBytes < 0 || totalBytes <= IMAGE_LIMIT)) {
            ByteArrayOutputStream whole = new ByteArrayOutputStream(totalBytes > 0 ? (int) totalBytes : bytes.length * 2);
            whole.write(bytes);
            whole.write(in.readNBytes(IMAGE_LIMIT - bytes.length));
            bytes = whole.toByteArray();
            truncated = totalBytes >= 0 ? totalBytes > bytes.length : bytes.length == IMAGE_LIMIT && in.read() != -1;
        }
        Preview.Extent extent = new Preview.Extent(bytes.length, totalBytes, truncated);
        if (kind.isImage() && !truncated) {
            return new Preview.Image(extent, kind, bytes);
        }
        if (!kind.isText()) {
            return new Preview.Binary(extent, kind, HexDump.format(Arrays.copyOf(bytes, Math.min(bytes.length, HEX_BYTES))));
        }
        String text = decode(bytes, truncated);
        return switch (kind) {
            case JSONL -> jsonl(extent, text);
            case JSON -> json(extent, text);
            case CSV -> csv(extent, text, filename);
            default -> new Preview.Text(extent, text, kind);
        };
    }

    /** UTF-8 text; a character cut in half by the limit is dropped, not shown as garbage. */
    private static String decode(byte[] bytes, boolean truncated) {
        int length = bytes.length;
        int start = length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        if (truncated) {
            int back = length - 1;
            while (back > start && back > length - 4 && (bytes[back] & 0xC0) == 0x80) {
                back--;
            }
            if (back >= start && back < length && (bytes[back] & 0x80) != 0) {
                int need = (bytes[back] & 0xE0) == 0xC0 ? 2 : (bytes[back] & 0xF0) == 0xE0 ? 3 : 4;
                if (length - back < need) {
                    length = back;
                }
            }
        }
        return new String(bytes, start, length - start, StandardCharsets.UTF_8);
    }

    /** The complete lines: the last one is dropped when the limit cut it, unless it is the only one. */
    private static List<String> lines(String text, boolean truncated) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (!lines.isEmpty() && (truncated && lines.size() > 1 || lines.get(lines.size() - 1).isEmpty())) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static Preview jsonl(Preview.Extent extent, String text) {
        List<JsonlRecord> records = new ArrayList<>();
        long invalid = 0;
        long number = 0;
        for (String line : lines(text, extent.truncated())) {
            number++;
            String stripped = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (stripped.isBlank()) {
                continue;
            }
            String error = jsonError(stripped);
            if (error != null) {
                invalid++;
            }
            String shown = stripped.length() > MAX_RECORD_CHARS
                    ? stripped.substring(0, MAX_RECORD_CHARS) + " … (" + String.format("%,d", stripped.length()) + " characters)"
                    : stripped;
            records.add(new JsonlRecord(number, shown, error));
        }
        return new Preview.Jsonl(extent, records, invalid, BatchOutputs.summarize(records));
    }

    /** Why a line is not one JSON value, or null when it is. */
    static String jsonError(String line) {
        try (JsonParser parser = FACTORY.createParser(line)) {
            parser.nextToken();
            parser.skipChildren();
            JsonToken extra = parser.nextToken();
            return extra == null ? null : "More than one JSON value on the line (column " + Walk.column(parser) + ")";
        } catch (JsonProcessingException e) {
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            return "Column " + column + ": " + Walk.shorten(e.getOriginalMessage());
        } catch (IOException e) {
            return Walk.shorten(e.getMessage());
        }
    }

    private static Preview json(Preview.Extent extent, String text) {
        if (extent.truncated()) {
            return new Preview.Text(extent, text, ContentKind.JSON);
        }
        String pretty = JsonText.pretty(text);
        return pretty == null ? new Preview.Text(extent, text, ContentKind.JSON) : new Preview.Json(extent, pretty);
    }

    private static Preview csv(Preview.Extent extent, String text, String filename) {
        boolean tabs = filename != null && filename.toLowerCase(java.util.Locale.ROOT).endsWith(".tsv");
        String complete = extent.truncated() ? String.join("\n", lines(text, true)) : text;
        List<List<String>> rows = CsvRows.parse(complete, tabs ? '\t' : ',', MAX_CSV_ROWS + 1);
        if (rows.isEmpty()) {
            return new Preview.Text(extent, text, ContentKind.CSV);
        }
        List<String> header = rows.get(0);
        List<List<String>> body = rows.subList(1, rows.size());
        return new Preview.Csv(extent, header, body, ResultsCsv.metrics(header, body));
    }
}
