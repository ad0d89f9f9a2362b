package dev.filedeck.ui.details;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.filedeck.ui.format.SafeText;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A file object's JSON as the server sent it: pretty-printed for reading, and the fields FileDeck
 * does not know (providers add their own) picked out. Invisible characters such as bidi overrides
 * are written as {@code \u202E} escapes, which is the same JSON but cannot reorder what is shown.
 */
final class RawJson {

    /** The fields of OpenAI's file object, shown in their own lines. */
    static final Set<String> KNOWN_FIELDS = Set.of("id", "object", "bytes", "created_at", "expires_at", "filename",
            "purpose", "status", "status_details");
    /** A text area holding megabytes gets slow; no honest file object comes near this. */
    static final int MAX_SHOWN = 200_000;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static {
        MAPPER.getFactory().setCharacterEscapes(new InvisibleCharacterEscapes());
    }

    /**
     * @param pretty the JSON indented, or the raw text made safe when it is not JSON
     * @param extraFields the top-level fields beyond {@link #KNOWN_FIELDS}, in the server's order
     */
    record Parsed(String pretty, List<DetailField> extraFields) {
    }

    private RawJson() {
    }

    static Parsed parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return new Parsed("", List.of());
        }
        JsonNode node;
        String pretty;
        try {
            node = MAPPER.readTree(raw);
            pretty = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            return new Parsed(shorten(SafeText.revealed(raw)), List.of());
        }
        return new Parsed(shorten(pretty), extraFields(node));
    }

    private static List<DetailField> extraFields(JsonNode node) {
        List<DetailField> extras = new ArrayList<>();
        if (!node.isObject()) {
            return extras;
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!KNOWN_FIELDS.contains(field.getKey())) {
                JsonNode value = field.getValue();
                String text = value.isValueNode() ? value.asText() : value.toString();
                extras.add(new DetailField(SafeText.display(field.getKey()), SafeText.revealed(text)));
            }
        }
        return extras;
    }

    private static String shorten(String text) {
        return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN) + "\n… (" + String.format("%,d", text.length()) + " characters in all)";
    }

    /** JSON's own escapes, plus \\uXXXX for invisible formatting characters and C1 controls. */
    private static final class InvisibleCharacterEscapes extends CharacterEscapes {
        private final int[] ascii = CharacterEscapes.standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            int type = Character.getType(ch);
            boolean invisible = type == Character.FORMAT || type == Character.CONTROL
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
            return invisible ? new SerializedString(String.format("\\u%04X", ch)) : null;
        }
    }
}
