package dev.filedeck.inspect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recognises batch output ({@code {"id", "custom_id", "response": {"status_code", "body"}, "error"}})
 * and counts successes and errors by status code and error type.
 */
final class BatchOutputs {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BatchOutputs() {
    }

    /** The summary, or null when the records are not batch output. */
    static BatchOutputSummary summarize(List<JsonlRecord> records) {
        long lines = 0;
        long successes = 0;
        Map<String, BatchOutputSummary.ErrorGroup> groups = new LinkedHashMap<>();
        boolean recognised = false;
        for (JsonlRecord record : records) {
            if (!record.valid()) {
                continue;
            }
            JsonNode node;
            try {
                node = MAPPER.readTree(record.text());
            } catch (JsonProcessingException e) {
                continue;
            }
            if (!node.isObject() || !node.has("custom_id") || !(node.has("response") || node.has("error"))) {
                if (!recognised) {
                    return null; // the first records decide
                }
                continue;
            }
            recognised = true;
            lines++;
            JsonNode response = node.path("response");
            int status = response.path("status_code").asInt(0);
            JsonNode error = node.path("error");
            JsonNode bodyError = response.path("body").path("error");
            boolean failed = !error.isMissingNode() && !error.isNull() || status < 200 || status >= 300
                    || !bodyError.isMissingNode() && !bodyError.isNull();
            if (!failed) {
                successes++;
                continue;
            }
            String type = firstText(bodyError.path("type"), bodyError.path("code"), error.path("code"), error.path("type"));
            String key = status + "|" + type;
            BatchOutputSummary.ErrorGroup group = groups.get(key);
            groups.put(key, new BatchOutputSummary.ErrorGroup(status, type, group == null ? 1 : group.count() + 1));
        }
        if (!recognised) {
            return null;
        }
        List<BatchOutputSummary.ErrorGroup> sorted = new ArrayList<>(groups.values());
        sorted.sort(Comparator.comparingLong(BatchOutputSummary.ErrorGroup::count).reversed());
        return new BatchOutputSummary(lines, successes, sorted);
    }

    private static String firstText(JsonNode... candidates) {
        for (JsonNode candidate : candidates) {
            if (candidate.isTextual() && !candidate.asText().isBlank()) {
                return candidate.asText();
            }
        }
        return "unknown";
    }
}
