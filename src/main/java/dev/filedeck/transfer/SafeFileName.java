package dev.filedeck.transfer;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a name the server gave a file into one that is safe to create in a local folder on every
 * desktop system. The server's name is untrusted: it may try to climb out of the folder
 * ({@code ../../.bashrc}), hide its real extension behind a right-to-left override, or be a name
 * Windows reserves for devices.
 */
public final class SafeFileName {

    /** Well under the 255 bytes most file systems allow, leaving room for " (12)" and a ".part" twin. */
    public static final int MAX_BYTES = 200;

    private static final String WINDOWS_FORBIDDEN = "<>:\"|?*";
    /** Device names, reserved on Windows even with an extension: CON.txt opens the console. */
    private static final Pattern RESERVED = Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])");
    private static final Pattern DOT_RUNS = Pattern.compile("\\.{2,}");
    /** Extensions longer than this are more likely part of the name than a file type. */
    private static final int MAX_EXTENSION_CHARS = 16;

    private SafeFileName() {
    }

    /**
     * A safe local name for a remote file.
     *
     * @param remoteName the server's filename, may be null or hostile
     * @param fileId the file's id, to name a file whose name leaves nothing usable
     * @return a non-empty single path segment of at most {@link #MAX_BYTES} bytes in UTF-8
     */
    public static String of(String remoteName, String fileId) {
        String name = clean(remoteName);
        if (!name.isEmpty()) {
            return name;
        }
        String id = clean(fileId);
        if (id.isEmpty()) {
            return "file";
        }
        // OpenAI's ids already read "file-abc123"; do not stutter "file-file-abc123".
        return id.toLowerCase(Locale.ROOT).startsWith("file-") ? id : clean("file-" + id);
    }

    /** "report (2).csv" for "report.csv" and 2: the name a kept-both copy gets. */
    public static String numbered(String safeName, int number) {
        String[] parts = splitExtension(safeName);
        String suffix = " (" + number + ")" + parts[1];
        return truncate(parts[0], MAX_BYTES - utf8Length(suffix)) + suffix;
    }

    private static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        Normalizer.normalize(raw, Normalizer.Form.NFC).codePoints().forEach(c -> {
            if (c == '/' || c == '\\' || WINDOWS_FORBIDDEN.indexOf(c) >= 0) {
                out.append('_');
            } else if (!isInvisibleControl(c)) {
                out.appendCodePoint(c);
            }
        });
        String name = DOT_RUNS.matcher(out).replaceAll(".");
        // Leading dots would hide the file on Unix; trailing dots and spaces are dropped by Windows.
        name = stripEnds(name);
        if (name.isEmpty()) {
            return name;
        }
        if (RESERVED.matcher(deviceStem(name)).matches()) {
            name = "_" + name;
        }
        return bounded(name);
    }

    /** Controls, bidi overrides and other characters that change how a name looks without being seen. */
    private static boolean isInvisibleControl(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SURROGATE // a lone half of a pair: no file system takes it
                || c == 0x061C || c == 0x200E || c == 0x200F // Arabic letter mark, left-to-right and right-to-left marks
                || (c >= 0x202A && c <= 0x202E) // embeddings and overrides: "exe.txt" shown as "txt.exe"
                || (c >= 0x2066 && c <= 0x2069) // isolates
                || c == 0xFEFF; // byte order mark
    }

    private static String stripEnds(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && (name.charAt(start) == '.' || Character.isWhitespace(name.charAt(start)) || Character.isSpaceChar(name.charAt(start)))) {
            start++;
        }
        while (end > start && (name.charAt(end - 1) == '.' || Character.isWhitespace(name.charAt(end - 1)) || Character.isSpaceChar(name.charAt(end - 1)))) {
            end--;
        }
        return name.substring(start, end);
    }

    /** What Windows compares with its device names: the part before the first dot, without trailing spaces. */
    private static String deviceStem(String name) {
        int dot = name.indexOf('.');
        return (dot < 0 ? name : name.substring(0, dot)).stripTrailing();
    }

    /** Shortens the name part, keeping the extension, so that the whole fits in {@link #MAX_BYTES}. */
    private static String bounded(String name) {
        if (utf8Length(name) <= MAX_BYTES) {
            return name;
        }
        String[] parts = splitExtension(name);
        String extension = utf8Length(parts[1]) < MAX_BYTES / 2 ? parts[1] : "";
        String base = stripEnds(truncate(extension.isEmpty() ? name : parts[0], MAX_BYTES - utf8Length(extension)));
        return base + extension;
    }

    /** Name and extension; "archive.tar.gz" keeps ".tar.gz" together, a leading dot is no extension. */
    private static String[] splitExtension(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || name.length() - dot > MAX_EXTENSION_CHARS) {
            return new String[] {name, ""};
        }
        String base = name.substring(0, dot);
        if (base.toLowerCase(Locale.ROOT).endsWith(".tar") && base.length() > 4) {
            dot -= 4;
        }
        return new String[] {name.substring(0, dot), name.substring(dot)};
    }

    /** The longest prefix of whole code points that fits in {@code maxBytes} of UTF-8. */
    private static String truncate(String text, int maxBytes) {
        int bytes = 0;
        int end = 0;
        while (end < text.length()) {
            int c = text.codePointAt(end);
            int size = utf8Length(new String(Character.toChars(c)));
            if (bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            end += Character.charCount(c);
        }
        return text.substring(0, end);
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
