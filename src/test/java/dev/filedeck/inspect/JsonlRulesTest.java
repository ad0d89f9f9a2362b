package dev.filedeck.inspect;

import static dev.filedeck.inspect.Reports.described;
import static dev.filedeck.inspect.Reports.errors;
import static dev.filedeck.inspect.Reports.validate;
import static dev.filedeck.inspect.Reports.warnings;
import static dev.filedeck.inspect.Reports.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Any JSONL: one JSON value a line in UTF-8; BOM, CRLF and a blank last line are fine. */
class JsonlRulesTest {

    @TempDir
    Path dir;

    @Test
    void validLinesPass() throws IOException {
        ValidationReport report = validate(write(dir, "ok.jsonl", "{\"a\":1}", "[1,2]", "\"text\"", "{\"nested\":{\"b\":[true,null]}}"),
                JsonlFormat.JSONL);
        assertEquals(List.of(), described(report));
        assertEquals(4, report.lines());
        assertEquals("OK", report.verdict());
        assertFalse(report.hasErrors());
    }

    @Test
    void anInvalidLineIsReportedWithLineAndColumn() throws IOException {
        ValidationReport report = validate(write(dir, "bad.jsonl", "{\"a\":1}", "{\"a\": tru}", "{\"b\":2}"), JsonlFormat.JSONL);
        assertEquals(1, report.errors());
        Problem problem = report.problems().get(0);
        assertEquals(2, problem.line());
        assertTrue(problem.column() >= 7 && problem.column() <= 11, "column near the bad token: " + problem.column());
        assertTrue(problem.message().startsWith("Not valid JSON"), problem.message());
        assertEquals(3, report.lines());
    }

    @Test
    void twoValuesOnOneLineAreAnError() throws IOException {
        ValidationReport report = validate(write(dir, "two.jsonl", "{\"a\":1} {\"b\":2}"), JsonlFormat.JSONL);
        assertEquals(List.of("1:9 More than one JSON value on the line"), described(report));
    }

    @Test
    void aValueSpreadOverLinesIsAnError() throws IOException {
        ValidationReport report = validate(write(dir, "pretty.jsonl", "{", "  \"a\": 1", "}"), JsonlFormat.JSONL);
        assertEquals(3, report.errors());
    }

    @Test
    void byteOrderMarkCrlfAndBlankLastLineAreTolerated() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(bom);
        bytes.write("{\"a\":1}\r\n{\"b\":2}\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("windows.jsonl"), bytes.toByteArray());
        ValidationReport report = validate(file, JsonlFormat.JSONL);
        assertEquals(List.of(), described(report));
        assertEquals(2, report.lines());
    }

    @Test
    void aLastLineWithoutNewlineCounts() throws IOException {
        Path file = Files.writeString(dir.resolve("no-newline.jsonl"), "{\"a\":1}\n{\"b\":");
        ValidationReport report = validate(file, JsonlFormat.JSONL);
        assertEquals(2, report.lines());
        assertEquals(2, report.problems().get(0).line());
    }

    @Test
    void aBlankLineBetweenRecordsIsAnError() throws IOException {
        ValidationReport report = validate(write(dir, "gap.jsonl", "{\"a\":1}", "", "{\"b\":2}"), JsonlFormat.JSONL);
        assertEquals(List.of("2 Blank line: every line must hold one JSON value"), described(report));
    }

    @Test
    void invalidUtf8IsAnError() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("{\"a\":\"ok\"}\n{\"a\":\"".getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] {(byte) 0xC3, (byte) 0x28}); // a lead byte followed by no continuation
        bytes.write("\"}\n{\"b\":\"".getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] {(byte) 0xFF});
        bytes.write("\"}\n".getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("latin1.jsonl"), bytes.toByteArray());
        ValidationReport report = validate(file, JsonlFormat.JSONL);
        assertEquals(List.of(2L, 3L), report.problems().stream().map(Problem::line).toList(), described(report).toString());
        assertTrue(report.problems().stream().allMatch(p -> p.message().contains("UTF-8") || p.message().contains("Invalid")),
                described(report).toString());
    }

    @Test
    void anEmptyFileIsAnError() throws IOException {
        Path file = Files.writeString(dir.resolve("empty.jsonl"), "");
        assertEquals(List.of("The file has no lines"), described(validate(file, JsonlFormat.JSONL)));
    }

    @Test
    void theFirstHundredProblemsAreListedAndAllCounted() throws IOException {
        String[] lines = new String[250];
        java.util.Arrays.fill(lines, "not json");
        ValidationReport report = validate(write(dir, "many.jsonl", lines), JsonlFormat.JSONL);
        assertEquals(250, report.errors());
        assertEquals(100, report.problems().size());
        assertEquals(100, report.problems().get(99).line());
        assertTrue(report.moreThanListed());
        assertEquals("250 errors", report.verdict());
    }

    @Test
    void aLineLongerThanTheBufferIsStreamedCheckedAndWarnedAbout() throws IOException {
        String huge = "{\"text\":\"" + "x".repeat(3 * JsonlLines.BUFFER_SIZE) + "\"}";
        String hugeBad = "{\"text\":\"" + "y".repeat(2 * JsonlLines.BUFFER_SIZE) + "\",}";
        ValidationReport report = validate(write(dir, "long.jsonl", "{\"a\":1}", huge, "{\"b\":2}", hugeBad, "{\"c\":3}"),
                JsonlFormat.JSONL);
        assertEquals(5, report.lines());
        assertEquals(List.of("2 Very long line (3.0 MB)", "4 Very long line (2.0 MB)"), warnings(report));
        assertEquals(1, errors(report).size(), described(report).toString());
        assertTrue(errors(report).get(0).startsWith("4:"), described(report).toString());
    }

    @Test
    void theFormatForAnUploadFollowsThePurposeAndTheName() {
        assertEquals(JsonlFormat.FINE_TUNE, JsonlFormat.forUpload("fine-tune", "train.txt").orElseThrow());
        assertEquals(JsonlFormat.BATCH, JsonlFormat.forUpload("batch", "requests.jsonl").orElseThrow());
        assertEquals(JsonlFormat.JSONL, JsonlFormat.forUpload("evals", "cases.JSONL").orElseThrow());
        assertTrue(JsonlFormat.forUpload("vision", "photo.png").isEmpty());
    }
}
