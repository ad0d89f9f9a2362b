package dev.filedeck.inspect;

import static dev.filedeck.inspect.Reports.described;
import static dev.filedeck.inspect.Reports.errors;
import static dev.filedeck.inspect.Reports.validate;
import static dev.filedeck.inspect.Reports.warnings;
import static dev.filedeck.inspect.Reports.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fine-tuning data: the chat format and the preference (DPO) format, rule by rule. */
class FineTuneRulesTest {

    private static final String SYSTEM = "{\"role\":\"system\",\"content\":\"You are terse.\"}";
    private static final String USER = "{\"role\":\"user\",\"content\":\"Hi\"}";
    private static final String ASSISTANT = "{\"role\":\"assistant\",\"content\":\"Hello\"}";

    @TempDir
    Path dir;

    private ValidationReport check(String... lines) throws IOException {
        return validate(write(dir, "train.jsonl", lines), JsonlFormat.FINE_TUNE);
    }

    private static String chat(String... messages) {
        return "{\"messages\":[" + String.join(",", messages) + "]}";
    }

    @Test
    void aWellFormedChatFilePasses() throws IOException {
        String parts = "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"What is this?\"},"
                + "{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://example.com/a.png\"}}]}";
        String weighted = "{\"role\":\"assistant\",\"content\":\"Draft\",\"weight\":0}";
        String developer = "{\"role\":\"developer\",\"content\":\"Be kind.\"}";
        ValidationReport report = check(chat(SYSTEM, USER, ASSISTANT), chat(developer, parts, weighted, ASSISTANT));
        assertEquals(List.of(), described(report));
        assertEquals("fine-tune (chat)", report.format());
    }

    @Test
    void eachLineMustBeAnObjectWithANonEmptyMessagesArray() throws IOException {
        ValidationReport report = check("[1,2]", "{\"prompt\":\"old format\"}", "{\"messages\":[]}", "{\"messages\":{}}");
        assertEquals(List.of(
                "1:1 Each line must be a JSON object, not an array",
                "2:1 No \"messages\" array (or \"input\" and \"preferred_output\" for preference data)",
                "3:13 \"messages\" must not be empty",
                "4:13 \"messages\" must be an array, not an object"), errors(report));
    }

    @Test
    void rolesMustBeKnown() throws IOException {
        ValidationReport report = check(chat(SYSTEM, "{\"role\":\"bot\",\"content\":\"x\"}", ASSISTANT),
                chat(SYSTEM, "{\"content\":\"no role\"}", ASSISTANT));
        List<String> errors = errors(report);
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("1:") && errors.get(0).contains("\"messages[1].role\" \"bot\" is not one of system, developer, user, assistant, tool"),
                errors.get(0));
        assertTrue(errors.get(1).startsWith("2:") && errors.get(1).endsWith("\"messages[1]\" has no role"), errors.get(1));
    }

    @Test
    void contentMustBeAStringOrParts() throws IOException {
        ValidationReport report = check(
                chat(SYSTEM, "{\"role\":\"user\",\"content\":42}", ASSISTANT),
                chat(SYSTEM, "{\"role\":\"user\"}", ASSISTANT),
                chat(SYSTEM, "{\"role\":\"user\",\"content\":[]}", ASSISTANT),
                chat(SYSTEM, "{\"role\":\"user\",\"content\":[{\"type\":\"text\"}]}", ASSISTANT),
                chat(SYSTEM, "{\"role\":\"user\",\"content\":[{\"type\":\"video\"}]}", ASSISTANT));
        List<String> errors = errors(report);
        assertEquals(5, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("\"messages[1].content\" must be a string or an array of parts, not a number"), errors.get(0));
        assertTrue(errors.get(1).contains("\"messages[1]\" has no content"), errors.get(1));
        assertTrue(errors.get(2).contains("must not be an empty array"), errors.get(2));
        assertTrue(errors.get(3).contains("is a text part without a \"text\" string"), errors.get(3));
        assertTrue(errors.get(4).contains("\"video\" is not one of"), errors.get(4));
    }

    @Test
    void weightIsZeroOrOneAndOnlyOnAssistantMessages() throws IOException {
        ValidationReport report = check(
                chat(SYSTEM, USER, "{\"role\":\"assistant\",\"content\":\"x\",\"weight\":1}"),
                chat(SYSTEM, USER, "{\"role\":\"assistant\",\"content\":\"x\",\"weight\":0.5}"),
                chat(SYSTEM, "{\"role\":\"user\",\"content\":\"x\",\"weight\":1}", ASSISTANT));
        List<String> errors = errors(report);
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("2:") && errors.get(0).contains("\"messages[2].weight\" must be 0 or 1"), errors.get(0));
        assertTrue(errors.get(1).startsWith("3:") && errors.get(1).contains("\"messages[1].weight\" is only allowed on assistant messages"),
                errors.get(1));
    }

    @Test
    void atLeastOneAssistantMessage() throws IOException {
        ValidationReport report = check(chat(SYSTEM, USER));
        assertEquals(List.of("1:1 No assistant message: the model learns from assistant messages"), errors(report));
    }

    @Test
    void aMissingSystemMessageIsOnlyAWarning() throws IOException {
        ValidationReport report = check(chat(USER, ASSISTANT));
        assertEquals(List.of(), errors(report));
        assertEquals(List.of("1:1 No system message"), warnings(report));
        assertEquals("1 warning", report.verdict());
    }

    @Test
    void toolsAndToolCallsMustBeWellFormed() throws IOException {
        String tools = "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"get_weather\",\"parameters\":{\"type\":\"object\"}}}]";
        String call = "{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"call_1\",\"type\":\"function\","
                + "\"function\":{\"name\":\"get_weather\",\"arguments\":\"{\\\"city\\\":\\\"Oslo\\\"}\"}}]}";
        String result = "{\"role\":\"tool\",\"tool_call_id\":\"call_1\",\"content\":\"12 C\"}";
        String good = "{\"messages\":[" + SYSTEM + "," + USER + "," + call + "," + result + "," + ASSISTANT + "]," + tools + "}";

        String badCall = "{\"role\":\"assistant\",\"tool_calls\":[{\"type\":\"function\",\"function\":{\"name\":\"f\",\"arguments\":{}}}]}";
        String orphanTool = "{\"role\":\"tool\",\"content\":\"12 C\"}";
        String badTools = "\"tools\":[{\"type\":\"retrieval\",\"function\":{\"name\":\"\",\"parameters\":[]}}]";
        String bad = "{\"messages\":[" + SYSTEM + "," + USER + "," + badCall + "," + orphanTool + "," + ASSISTANT + "]," + badTools + "}";

        ValidationReport report = check(good, bad);
        List<String> errors = errors(report);
        assertTrue(errors.stream().allMatch(e -> e.startsWith("2:")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("\"messages[2].tool_calls[0]\" has no \"id\"")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("\"messages[2].tool_calls[0].function.arguments\" must be a string, not an object")),
                errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("\"messages[3]\" is a tool message without \"tool_call_id\"")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("\"tools[0].type\" must be \"function\"")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("\"tools[0].function.name\" must be a non-empty string")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("\"tools[0].function.parameters\" must be an object, not an array")), errors.toString());
        assertEquals(6, errors.size(), errors.toString());
    }

    @Test
    void thePreferenceFormatPasses() throws IOException {
        String line = "{\"input\":{\"messages\":[" + USER + "],\"tools\":[],\"parallel_tool_calls\":true},"
                + "\"preferred_output\":[{\"role\":\"assistant\",\"content\":\"Good answer\"}],"
                + "\"non_preferred_output\":[{\"role\":\"assistant\",\"content\":\"Bad answer\"}]}";
        ValidationReport report = check(line, line);
        assertEquals(List.of(), described(report));
        assertEquals("fine-tune (preference)", report.format());
    }

    @Test
    void thePreferenceFormatNeedsItsThreePartsAndAssistantOutputs() throws IOException {
        String missing = "{\"input\":{\"messages\":[" + USER + "]},\"preferred_output\":[" + ASSISTANT + "]}";
        String wrongRole = "{\"input\":{\"messages\":[" + USER + "]},\"preferred_output\":[" + USER + "],"
                + "\"non_preferred_output\":[" + ASSISTANT + "]}";
        String noInputMessages = "{\"input\":{},\"preferred_output\":[" + ASSISTANT + "],\"non_preferred_output\":[]}";
        ValidationReport report = check(missing, wrongRole, noInputMessages);
        List<String> errors = errors(report);
        assertEquals(List.of("1:1 \"non_preferred_output\" is missing"), errors.subList(0, 1));
        assertTrue(errors.get(1).startsWith("2:") && errors.get(1).contains("\"preferred_output[0].role\" must be assistant, not \"user\""), errors.get(1));
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("3:") && e.contains("\"input.messages\" is missing")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("3:") && e.contains("\"non_preferred_output\" must not be empty")), errors.toString());
    }

    @Test
    void oneFileHoldsOneFormat() throws IOException {
        String preference = "{\"input\":{\"messages\":[" + USER + "]},\"preferred_output\":[" + ASSISTANT + "],"
                + "\"non_preferred_output\":[" + ASSISTANT + "]}";
        ValidationReport report = check(chat(SYSTEM, USER, ASSISTANT), preference);
        assertEquals(List.of("2:1 In the preference format, but line 1 is in the chat format: one file holds one format"), errors(report));
    }
}
