package dev.filedeck.inspect;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Tells what a file holds from its first bytes (magic numbers first: a name can lie) and then its
 * name: images, PDF and archives by signature; text when the bytes are UTF-8 without control
 * characters, then JSONL, JSON or CSV by name or shape.
 */
public final class ContentSniffer {

    private ContentSniffer() {
    }

    /** @param head the first bytes (any number; a cut-off UTF-8 sequence at the end is fine) */
    public static ContentKind detect(byte[] head, int length, String filename) {
        ContentKind magic = byMagic(head, length);
        if (magic != null) {
            return magic;
        }
        if (!isText(head, length)) {
            return ContentKind.BINARY;
        }
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return ContentKind.JSONL;
        }
        if (name.endsWith(".json")) {
            return ContentKind.JSON;
        }
        if (name.endsWith(".csv") || name.endsWith(".tsv")) {
            return ContentKind.CSV;
        }
        return byShape(head, length);
    }

    private static ContentKind byMagic(byte[] b, int n) {
        if (starts(b, n, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return ContentKind.PNG;
        }
        if (starts(b, n, 0xFF, 0xD8, 0xFF)) {
            return ContentKind.JPEG;
        }
        if (starts(b, n, 'G', 'I', 'F', '8')) {
            return ContentKind.GIF;
        }
        if (starts(b, n, 'R', 'I', 'F', 'F') && n >= 12 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return ContentKind.WEBP;
        }
        if (starts(b, n, '%', 'P', 'D', 'F', '-')) {
            return ContentKind.PDF;
        }
        if (starts(b, n, 'P', 'K', 3, 4) || starts(b, n, 'P', 'K', 5, 6)) {
            return ContentKind.ZIP;
        }
        if (starts(b, n, 0x1F, 0x8B)) {
            return ContentKind.GZIP;
        }
        return null;
    }

    private static boolean starts(byte[] bytes, int length, int... signature) {
        if (length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((bytes[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    /** UTF-8 without NUL or other control characters than tab, newlines and form feed. */
    static boolean isText(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7F) {
                return false;
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, false);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return true; // a sequence cut off by the end of what was read waits here, which is fine
            }
            out.clear();
        }
    }

    /** Text without a telling name: JSONL when its lines start with '{', JSON when it starts with '{' or '['. */
    private static ContentKind byShape(byte[] bytes, int length) {
        String text = new String(bytes, 0, Math.min(length, 64 * 1024), StandardCharsets.UTF_8).strip();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.startsWith("{")) {
            String[] lines = text.split("\n", 3);
            return lines.length > 1 && lines[1].strip().startsWith("{") ? ContentKind.JSONL : ContentKind.JSON;
        }
        return text.startsWith("[") ? ContentKind.JSON : ContentKind.TEXT;
    }
}
