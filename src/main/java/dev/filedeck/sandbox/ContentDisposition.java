package dev.filedeck.sandbox;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The file name in a part's Content-Disposition. {@code filename*=UTF-8''…} (RFC 5987/2231) is preferred over
 * {@code filename="…"} whatever their order, as RFC 6266 says: clients send both, the plain one as an ASCII
 * fallback.
 */
final class ContentDisposition {

    private ContentDisposition() {
    }

    /** The file name, or null when there is none (or the header is missing). */
    static String filename(String header) {
        if (header == null) {
            return null;
        }
        Map<String, String> params = parameters(header);
        String extended = params.get("filename*");
        if (extended != null) {
            String decoded = decodeExtended(extended);
            if (decoded != null) {
                return decoded;
            }
        }
        return params.get("filename");
    }

    /** Parameters after the disposition type, names in lower case; quoted values unquoted. */
    static Map<String, String> parameters(String header) {
        Map<String, String> params = new LinkedHashMap<>();
        int i = header.indexOf(';');
        while (i >= 0 && i < header.length()) {
            i++; // past ';'
            int eq = header.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String name = header.substring(i, eq).strip().toLowerCase(Locale.ROOT);
            int pos = eq + 1;
            while (pos < header.length() && header.charAt(pos) == ' ') {
                pos++;
            }
            StringBuilder value = new StringBuilder();
            if (pos < header.length() && header.charAt(pos) == '"') {
                pos++;
                while (pos < header.length() && header.charAt(pos) != '"') {
                    char c = header.charAt(pos);
                    // A backslash escapes the next character, except before a file name's own backslashes.
                    if (c == '\\' && pos + 1 < header.length() && (header.charAt(pos + 1) == '"' || header.charAt(pos + 1) == '\\')) {
                        pos++;
                        c = header.charAt(pos);
                    }
                    value.append(c);
                    pos++;
                }
                pos = header.indexOf(';', pos);
            } else {
                int end = header.indexOf(';', pos);
                value.append(header, pos, end < 0 ? header.length() : end);
                pos = end;
            }
            params.putIfAbsent(name, name.endsWith("*") ? value.toString().strip() : value.toString());
            i = pos;
        }
        return params;
    }

    /** {@code charset'language'percent-encoded}; null when malformed. */
    static String decodeExtended(String value) {
        int first = value.indexOf('\'');
        int second = first < 0 ? -1 : value.indexOf('\'', first + 1);
        if (second < 0) {
            return null;
        }
        Charset charset;
        try {
            String name = value.substring(0, first);
            charset = name.isEmpty() ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
        String encoded = value.substring(second + 1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            int c = encoded.codePointAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length()) {
                    return null;
                }
                int hi = Character.digit(encoded.charAt(i + 1), 16);
                int lo = Character.digit(encoded.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                // Raw UTF-8 is not allowed here, but lenient decoding beats rejecting a file name.
                byte[] raw = new String(Character.toChars(c)).getBytes(charset);
                bytes.write(raw, 0, raw.length);
                i += Character.charCount(c) - 1;
            }
        }
        return bytes.toString(charset);
    }
}
