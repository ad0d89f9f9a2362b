package dev.filedeck.inspect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;

/** Pretty-printing JSON and splitting it into coloured spans for the viewer. */
public final class JsonText {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What a span of JSON text is, for its colour. */
    public enum Kind {
        KEY, STRING, NUMBER, LITERAL, PUNCTUATION, PLAIN
    }

    /** A run of text of one kind. */
    public record Span(Kind kind, String text) {
    }

    private JsonText() {
    }

    /** The JSON indented, or null when it is not JSON. */
    public static String pretty(String json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            return node == null ? null : MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /**
     * Splits JSON text into spans; adjacent whitespace and punctuation merge so a view creates few
     * nodes. Text that is not JSON still splits sensibly (strings, numbers, the rest plain).
     */
    public static List<Span> highlight(String text) {
        List<Span> spans = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"') {
                int end = stringEnd(text, i);
                flush(spans, plain);
                spans.add(new Span(isKey(text, end) ? Kind.KEY : Kind.STRING, text.substring(i, end)));
                i = end;
            } else if (c == '-' || c >= '0' && c <= '9') {
                int end = i + 1;
                while (end < n && "0123456789.eE+-".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                flush(spans, plain);
                spans.add(new Span(Kind.NUMBER, text.substring(i, end)));
                i = end;
            } else if (text.startsWith("true", i) || text.startsWith("null", i) || text.startsWith("false", i)) {
                int end = i + (text.charAt(i) == 'f' ? 5 : 4);
                flush(spans, plain);
                spans.add(new Span(Kind.LITERAL, text.substring(i, end)));
                i = end;
            } else {
                plain.append(c);
                i++;
            }
        }
        flush(spans, plain);
        return spans;
    }

    private static int stringEnd(String text, int quote) {
        int i = quote + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '"') {
                return i + 1;
            } else {
                i++;
            }
        }
        return text.length();
    }

    private static boolean isKey(String text, int afterString) {
        for (int i = afterString; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }

    private static void flush(List<Span> spans, StringBuilder plain) {
        if (plain.length() > 0) {
            spans.add(new Span(Kind.PUNCTUATION, plain.toString()));
            plain.setLength(0);
        }
    }
}
