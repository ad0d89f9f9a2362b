package dev.filedeck.inspect;

import static dev.filedeck.inspect.Reports.described;
import static dev.filedeck.inspect.Reports.errors;
import static dev.filedeck.inspect.Reports.validate;
import static dev.filedeck.inspect.Reports.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batch input: custom_id present and unique, POST, one batch endpoint throughout, a body object, the size limit. */
class BatchRulesTest {

    @TempDir
    Path dir;

    static String request(String id, String url) {
        return "{\"custom_id\":\"" + id + "\",\"method\":\"POST\",\"url\":\"" + url + "\",\"body\":{\"model\":\"gpt-4o-mini\","
                + "\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}}";
    }

    private ValidationReport check(String... lines) throws IOException {
        return validate(write(dir, "requests.jsonl", lines), JsonlFormat.BATCH);
    }

    @Test
    void aWellFormedBatchPasses() throws IOException {
        ValidationReport report = check(request("a", "/v1/chat/completions"), request("b", "/v1/chat/completions"));
        assertEquals(List.of(), described(report));
        assertEquals("batch", report.format());
        assertEquals(2, report.lines());
    }

    @Test
    void everyFieldMustBePresent() throws IOException {
        ValidationReport report = check("{\"method\":\"POST\",\"url\":\"/v1/embeddings\",\"body\":{}}", "{\"custom_id\":\"x\"}");
        assertEquals(List.of("1:1 \"custom_id\" is missing", "2:1 \"method\" is missing", "2:1 \"url\" is missing",
                "2:1 \"body\" is missing"), errors(report));
    }

    @Test
    void customIdsAreUniqueStrings() throws IOException {
        ValidationReport report = check(request("req-1", "/v1/embeddings"), request("req-2", "/v1/embeddings"),
                request("req-1", "/v1/embeddings"), request("", "/v1/embeddings"),
                "{\"custom_id\":7,\"method\":\"POST\",\"url\":\"/v1/embeddings\",\"body\":{}}");
        assertEquals(List.of("3:14 \"custom_id\" \"req-1\" repeats line 1: ids must be unique",
                "4:14 \"custom_id\" must not be empty",
                "5:14 \"custom_id\" must be a string, not a number"), errors(report));
    }

    @Test
    void methodIsPost() throws IOException {
        ValidationReport report = check("{\"custom_id\":\"a\",\"method\":\"GET\",\"url\":\"/v1/embeddings\",\"body\":{}}");
        assertEquals(List.of("1:27 \"method\" must be \"POST\", not \"GET\""), errors(report));
    }

    @Test
    void urlIsOneBatchEndpointForTheWholeFile() throws IOException {
        ValidationReport report = check(request("a", "/v1/chat/completions"), request("b", "/v1/images"),
                request("c", "/v1/embeddings"));
        List<String> errors = errors(report);
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("2:") && errors.get(0).contains("\"/v1/images\" is not a batch endpoint"), errors.get(0));
        assertTrue(errors.get(1).startsWith("3:") && errors.get(1).contains("differs from /v1/chat/completions on line 1"), errors.get(1));
    }

    @Test
    void bodyIsAnObject() throws IOException {
        ValidationReport report = check("{\"custom_id\":\"a\",\"method\":\"POST\",\"url\":\"/v1/embeddings\",\"body\":\"text\"}");
        assertEquals(List.of("1:64 \"body\" must be an object, not a string"), errors(report));
    }

    @Test
    void theSizeLimitOfThePurposeApplies() throws IOException {
        Path file = write(dir, "big.jsonl", request("a", "/v1/embeddings"), request("b", "/v1/embeddings"));
        ValidationReport report = validate(file, JsonlFormat.BATCH, 100);
        assertTrue(errors(report).get(0).matches("The file is \\d+ bytes, over the 100 bytes limit for batch files"), errors(report).toString());
    }

    @Test
    void moreThanFiftyThousandRequestsIsAnError() throws IOException {
        Path file = dir.resolve("huge.jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (int i = 1; i <= 50_002; i++) {
                out.write("{\"custom_id\":\"r" + i + "\",\"method\":\"POST\",\"url\":\"/v1/embeddings\",\"body\":{}}\n");
            }
        }
        ValidationReport report = validate(file, JsonlFormat.BATCH);
        assertEquals(List.of("50001 A batch takes at most 50,000 requests; split the file"), errors(report));
    }
}
