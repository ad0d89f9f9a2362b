package dev.filedeck.inspect;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * Fine-tuning data in the chat format ({@code {"messages": [...], "tools": [...]}}) or the
 * preference format ({@code {"input": {"messages": [...]}, "preferred_output": [...],
 * "non_preferred_output": [...]}}). One file holds one format. Message content is never buffered:
 * only its kind is looked at.
 */
final class FineTuneRules implements LineRules {

    static final List<String> ROLES = List.of("system", "developer", "user", "assistant", "tool");
    private static final Set<String> PART_TYPES = Set.of("text", "image_url", "input_audio", "file", "refusal");

    private enum Shape {
        CHAT("chat"), PREFERENCE("preference");

        final String label;

        Shape(String label) {
            this.label = label;
        }
    }

    /** What a messages array held. */
    private static final class Messages {
        int count;
        int assistants;
        boolean system;
    }

    private Shape fileShape;
    private long fileShapeLine;

    @Override
    public String format() {
        return fileShape == null ? "fine-tune" : "fine-tune (" + fileShape.label + ")";
    }

    @Override
    public void checkLine(long line, JsonParser parser, ProblemCollector problems) throws IOException {
        JsonToken token = parser.nextToken();
        if (token != JsonToken.START_OBJECT) {
            problems.error(line, Walk.column(parser), "Each line must be a JSON object, not " + Walk.kind(token));
            parser.skipChildren();
            return;
        }
        Messages chat = null;
        boolean input = false;
        Messages preferred = null;
        Messages nonPreferred = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            token = parser.nextToken();
            switch (name) {
                case "messages" -> chat = messages(line, parser, "messages", null, problems);
                case "tools" -> tools(line, parser, "tools", problems);
                case "parallel_tool_calls" -> expectBoolean(line, parser, "parallel_tool_calls", problems);
                case "input" -> {
                    input = true;
                    input(line, parser, problems);
                }
                case "preferred_output" -> preferred = messages(line, parser, "preferred_output", "assistant", problems);
                case "non_preferred_output" -> nonPreferred = messages(line, parser, "non_preferred_output", "assistant", problems);
                default -> parser.skipChildren();
            }
        }
        boolean preference = input || preferred != null || nonPreferred != null;
        if (chat == null && !preference) {
            problems.error(line, 1, "No \"messages\" array (or \"input\" and \"preferred_output\" for preference data)");
            return;
        }
        if (chat != null && preference) {
            problems.error(line, 1, "Mixes the chat format (\"messages\") with the preference format (\"input\", \"preferred_output\")");
            return;
        }
        Shape shape = chat != null ? Shape.CHAT : Shape.PREFERENCE;
        if (fileShape == null) {
            fileShape = shape;
            fileShapeLine = line;
        } else if (fileShape != shape) {
            problems.error(line, 1, "In the " + shape.label + " format, but line " + fileShapeLine + " is in the "
                    + fileShape.label + " format: one file holds one format");
        }
        if (shape == Shape.CHAT) {
            if (chat.count > 0 && chat.assistants == 0) {
                problems.error(line, 1, "No assistant message: the model learns from assistant messages");
            }
            if (chat.count > 0 && !chat.system) {
                problems.warning(line, 1, "No system message");
            }
        } else {
            if (!input) {
                problems.error(line, 1, "\"input\" is missing");
            }
            if (preferred == null) {
                problems.error(line, 1, "\"preferred_output\" is missing");
            }
            if (nonPreferred == null) {
                problems.error(line, 1, "\"non_preferred_output\" is missing");
            }
        }
    }

    private void input(long line, JsonParser parser, ProblemCollector problems) throws IOException {
        if (!Walk.isAt(JsonToken.START_OBJECT, line, parser, "input", problems)) {
            return;
        }
        int column = Walk.column(parser);
        boolean messages = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            switch (name) {
                case "messages" -> {
                    messages = true;
                    messages(line, parser, "input.messages", null, problems);
                }
                case "tools" -> tools(line, parser, "input.tools", problems);
                case "parallel_tool_calls" -> expectBoolean(line, parser, "input.parallel_tool_calls", problems);
                default -> parser.skipChildren();
            }
        }
        if (!messages) {
            problems.error(line, column, "\"input.messages\" is missing");
        }
    }

    /**
     * A messages array.
     *
     * @param onlyRole the one role allowed (preference outputs: assistant), or null for any
     */
    private Messages messages(long line, JsonParser parser, String path, String onlyRole, ProblemCollector problems) throws IOException {
        Messages found = new Messages();
        if (!Walk.isAt(JsonToken.START_ARRAY, line, parser, path, problems)) {
            return found;
        }
        int column = Walk.column(parser);
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            String role = message(line, parser, path + "[" + found.count + "]", onlyRole, problems);
            found.count++;
            if ("assistant".equals(role)) {
                found.assistants++;
            } else if ("system".equals(role) || "developer".equals(role)) {
                found.system = true;
            }
        }
        if (found.count == 0) {
            problems.error(line, column, "\"" + path + "\" must not be empty");
        }
        return found;
    }

    /** One message; returns its role if it has a valid one. */
    private String message(long line, JsonParser parser, String path, String onlyRole, ProblemCollector problems) throws IOException {
        if (!Walk.isAt(JsonToken.START_OBJECT, line, parser, path, problems)) {
            return null;
        }
        int column = Walk.column(parser);
        String role = null;
        boolean roleSeen = false;
        boolean content = false;
        boolean toolCalls = false;
        boolean toolCallId = false;
        int weightColumn = 0;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken token = parser.nextToken();
            int at = Walk.column(parser);
            switch (name) {
                case "role" -> {
                    roleSeen = true;
                    if (token != JsonToken.VALUE_STRING) {
                        problems.error(line, at, "\"" + path + ".role\" must be a string, not " + Walk.kind(token));
                        parser.skipChildren();
                    } else if (!ROLES.contains(parser.getText())) {
                        problems.error(line, at, "\"" + path + ".role\" " + Walk.quoted(parser) + " is not one of " + String.join(", ", ROLES));
                    } else if (onlyRole != null && !onlyRole.equals(parser.getText())) {
                        problems.error(line, at, "\"" + path + ".role\" must be " + onlyRole + ", not " + Walk.quoted(parser));
                    } else {
                        role = parser.getText();
                    }
                }
                case "content" -> content = content(line, parser, path + ".content", problems);
                case "weight" -> {
                    weightColumn = at;
                    if (!(token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT)
                            || !(parser.getDoubleValue() == 0 || parser.getDoubleValue() == 1)) {
                        problems.error(line, at, "\"" + path + ".weight\" must be 0 or 1");
                    }
                    parser.skipChildren();
                }
                case "tool_calls" -> toolCalls = toolCalls(line, parser, path + ".tool_calls", problems);
                case "function_call" -> {
                    toolCalls = true;
                    if (token != JsonToken.START_OBJECT) {
                        problems.error(line, at, "\"" + path + ".function_call\" must be an object, not " + Walk.kind(token));
                    }
                    parser.skipChildren();
                }
                case "tool_call_id" -> {
                    toolCallId = true;
                    expectString(line, parser, path + ".tool_call_id", problems);
                }
                case "name" -> expectString(line, parser, path + ".name", problems);
                default -> parser.skipChildren();
            }
        }
        if (!roleSeen) {
            problems.error(line, column, "\"" + path + "\" has no role");
        }
        if (weightColumn > 0 && role != null && !"assistant".equals(role)) {
            problems.error(line, weightColumn, "\"" + path + ".weight\" is only allowed on assistant messages");
        }
        if (!content && !("assistant".equals(role) && toolCalls)) {
            problems.error(line, column, "\"" + path + "\" has no content");
        }
        if ("tool".equals(role) && !toolCallId) {
            problems.error(line, column, "\"" + path + "\" is a tool message without \"tool_call_id\"");
        }
        return role;
    }

    /** Content: a string, or an array of parts; null counts as none. Returns whether there is content. */
    private boolean content(long line, JsonParser parser, String path, ProblemCollector problems) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            return true;
        }
        if (token == JsonToken.VALUE_NULL) {
            return false;
        }
        if (token != JsonToken.START_ARRAY) {
            problems.error(line, Walk.column(parser), "\"" + path + "\" must be a string or an array of parts, not " + Walk.kind(token));
            parser.skipChildren();
            return true;
        }
        int column = Walk.column(parser);
        int parts = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            part(line, parser, path + "[" + parts + "]", problems);
            parts++;
        }
        if (parts == 0) {
            problems.error(line, column, "\"" + path + "\" must not be an empty array");
        }
        return true;
    }

    private void part(long line, JsonParser parser, String path, ProblemCollector problems) throws IOException {
        if (!Walk.isAt(JsonToken.START_OBJECT, line, parser, path, problems)) {
            return;
        }
        int column = Walk.column(parser);
        String type = null;
        boolean text = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken token = parser.nextToken();
            if (name.equals("type") && token == JsonToken.VALUE_STRING) {
                type = parser.getText();
                if (!PART_TYPES.contains(type)) {
                    problems.error(line, Walk.column(parser), "\"" + path + ".type\" " + Walk.quoted(parser) + " is not one of "
                            + String.join(", ", PART_TYPES.stream().sorted().toList()));
                }
            } else if (name.equals("text")) {
                text = token == JsonToken.VALUE_STRING;
            }
            parser.skipChildren();
        }
        if (type == null) {
            problems.error(line, column, "\"" + path + "\" has no \"type\"");
        } else if (type.equals("text") && !text) {
            problems.error(line, column, "\"" + path + "\" is a text part without a \"text\" string");
        }
    }

    private boolean toolCalls(long line, JsonParser parser, String path, ProblemCollector problems) throws IOException {
        if (!Walk.isAt(JsonToken.START_ARRAY, line, parser, path, problems)) {
            return false;
        }
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            String at = path + "[" + index++ + "]";
            if (!Walk.isAt(JsonToken.START_OBJECT, line, parser, at, problems)) {
                continue;
            }
            int column = Walk.column(parser);
            boolean id = false;
            boolean function = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                switch (name) {
                    case "id" -> id = expectString(line, parser, at + ".id", problems);
                    case "type" -> expectValue(line, parser, at + ".type", "function", problems);
                    case "function" -> function = function(line, parser, at + ".function", true, problems);
                    default -> parser.skipChildren();
                }
            }
            if (!id) {
                problems.error(line, column, "\"" + at + "\" has no \"id\"");
            }
            if (!function) {
                problems.error(line, column, "\"" + at + "\" has no \"function\"");
            }
        }
        return index > 0;
    }

    private void tools(long line, JsonParser parser, String path, ProblemCollector problems) throws IOException {
        if (!Walk.isAt(JsonToken.START_ARRAY, line, parser, path, problems)) {
            return;
        }
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            String at = path + "[" + index++ + "]";
            if (!Walk.isAt(JsonToken.START_OBJECT, line, parser, at, problems)) {
                continue;
            }
            int column = Walk.column(parser);
            boolean function = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                switch (name) {
                    case "type" -> expectValue(line, parser, at + ".type", "function", problems);
                    case "function" -> function = function(line, parser, at + ".function", false, problems);
                    default -> parser.skipChildren();
                }
            }
            if (!function) {
                problems.error(line, column, "\"" + at + "\" has no \"function\"");
            }
        }
    }

    /**
     * A function: a non-empty name; for a call, arguments as a string; for a tool, parameters as an object.
     *
     * @return whether it is an object with a usable name
     */
    private boolean function(long line, JsonParser parser, String path, boolean call, ProblemCollector problems) throws IOException {
        if (!Walk.isAt(JsonToken.START_OBJECT, line, parser, path, problems)) {
            return true; // reported here; "has no function" would say it twice
        }
        int column = Walk.column(parser);
        boolean name = false;
        boolean arguments = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken token = parser.nextToken();
            switch (field) {
                case "name" -> {
                    if (token == JsonToken.VALUE_STRING && !parser.getText().isBlank()) {
                        name = true;
                    } else {
                        problems.error(line, Walk.column(parser), "\"" + path + ".name\" must be a non-empty string");
                        name = true;
                        parser.skipChildren();
                    }
                }
                case "arguments" -> arguments = expectString(line, parser, path + ".arguments", problems);
                case "parameters" -> {
                    if (token != JsonToken.START_OBJECT) {
                        problems.error(line, Walk.column(parser), "\"" + path + ".parameters\" must be an object, not " + Walk.kind(token));
                    }
                    parser.skipChildren();
                }
                default -> parser.skipChildren();
            }
        }
        if (!name) {
            problems.error(line, column, "\"" + path + "\" has no \"name\"");
        }
        if (call && !arguments) {
            problems.error(line, column, "\"" + path + "\" has no \"arguments\" string");
        }
        return true;
    }

    private static boolean expectString(long line, JsonParser parser, String path, ProblemCollector problems) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            return true;
        }
        problems.error(line, Walk.column(parser), "\"" + path + "\" must be a string, not " + Walk.kind(parser.currentToken()));
        parser.skipChildren();
        return true; // present, though wrong: reported once
    }

    private static void expectBoolean(long line, JsonParser parser, String path, ProblemCollector problems) throws IOException {
        JsonToken token = parser.currentToken();
        if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
            problems.error(line, Walk.column(parser), "\"" + path + "\" must be true or false, not " + Walk.kind(token));
            parser.skipChildren();
        }
    }

    private static void expectValue(long line, JsonParser parser, String path, String expected, ProblemCollector problems) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING || !expected.equals(parser.getText())) {
            problems.error(line, Walk.column(parser), "\"" + path + "\" must be \"" + expected + "\"");
            parser.skipChildren();
        }
    }
}
