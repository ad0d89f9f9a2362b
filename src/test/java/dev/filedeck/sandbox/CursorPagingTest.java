package dev.filedeck.sandbox;

import static dev.filedeck.sandbox.TestClient.json;
import static dev.filedeck.sandbox.TestClient.ok;
import static dev.filedeck.sandbox.TestClient.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cursor paging: stable order under created_at ties, and walks that survive deletes and uploads. */
class CursorPagingTest {

    private static final int FILES = 23;

    @TempDir
    Path dir;
    private final MutableClock clock = MutableClock.at(1_790_000_000L); // frozen: every upload ties
    private SandboxServer server;
    private TestClient client;
    /** Ids in upload order. */
    private final List<String> uploaded = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = SandboxServer.start(SandboxConfig.forTests(dir).withClock(clock));
        client = new TestClient(server);
        for (int i = 0; i < FILES; i++) {
            uploaded.add(upload("f" + i + ".jsonl", i % 3 == 0 ? "fine-tune" : "batch"));
        }
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String upload(String name, String purpose) {
        return client.uploaded(name, utf8("{\"n\":\"" + name + "\"}\n"), purpose).get("id").asText();
    }

    @Test
    void descendingIsNewestFirstAndAscendingIsItsExactReverse() {
        List<String> newestFirst = new ArrayList<>(uploaded);
        Collections.reverse(newestFirst);
        assertEquals(newestFirst, client.walk("desc", 5, null));
        assertEquals(uploaded, client.walk("asc", 4, null));
        assertEquals(uploaded, client.walk("asc", 1, null));
        assertEquals(newestFirst, client.walk("desc", FILES, null));
    }

    @Test
    void defaultsAreDescendingAndTenThousand() {
        JsonNode page = json(ok(client.get("/files")));
        assertEquals(FILES, page.get("data").size());
        assertEquals(uploaded.get(FILES - 1), page.get("first_id").asText());
        assertEquals(uploaded.get(0), page.get("last_id").asText());
        assertFalse(page.get("has_more").asBoolean());
    }

    @Test
    void pageFieldsDescribeThePage() {
        JsonNode page = json(ok(client.get("/files?limit=5&order=asc")));
        assertEquals(5, page.get("data").size());
        assertEquals(uploaded.get(0), page.get("first_id").asText());
        assertEquals(uploaded.get(4), page.get("last_id").asText());
        assertTrue(page.get("has_more").asBoolean());
        JsonNode last = json(ok(client.get("/files?limit=3&order=asc&after=" + uploaded.get(19))));
        assertEquals(3, last.get("data").size());
        assertFalse(last.get("has_more").asBoolean(), "exactly the rest: no more");
        JsonNode beyond = json(ok(client.get("/files?order=asc&after=" + uploaded.get(FILES - 1))));
        assertEquals(0, beyond.get("data").size());
        assertTrue(beyond.get("first_id").isNull());
        assertTrue(beyond.get("last_id").isNull());
        assertFalse(beyond.get("has_more").asBoolean());
    }

    @Test
    void laterTimestampsSortAfterTiesWhateverTheSequence() {
        clock.advance(Duration.ofSeconds(10));
        String later = upload("later.jsonl", "batch");
        List<String> ascending = client.walk("asc", 7, null);
        assertEquals(later, ascending.get(ascending.size() - 1));
        assertEquals(later, client.walk("desc", 7, null).get(0));
    }

    @Test
    void purposeFilterPagesToo() {
        List<String> fineTune = new ArrayList<>();
        for (int i = 0; i < FILES; i += 3) {
            fineTune.add(uploaded.get(i));
        }
        assertEquals(fineTune, client.walk("asc", 2, "fine-tune"));
        assertEquals(FILES - fineTune.size(), client.walk("desc", 3, "batch").size());
        assertEquals(0, client.walk("desc", 3, "vision").size());
    }

    @Test
    void deletingTheCursorFileDoesNotLoseThePlace() {
        for (String order : List.of("desc", "asc")) {
            Set<String> seen = new LinkedHashSet<>();
            Set<String> deletedUnseen = new HashSet<>();
            List<String> remainingUnseen = new ArrayList<>(uploaded);
            if (order.equals("desc")) {
                Collections.reverse(remainingUnseen);
            }
            String after = null;
            int round = 0;
            while (true) {
                JsonNode page = json(ok(client.get("/files?limit=4&order=" + order + (after == null ? "" : "&after=" + after))));
                for (JsonNode file : page.get("data")) {
                    assertTrue(seen.add(file.get("id").asText()), "repeated " + file.get("id"));
                    remainingUnseen.remove(file.get("id").asText());
                }
                if (!page.get("has_more").asBoolean()) {
                    break;
                }
                after = page.get("last_id").asText();
                // Bulk delete while paging: the cursor file goes, a new file arrives, and every other
                // round a file not yet seen goes too (it did not exist throughout, so it may be missed).
                assertEquals(200, client.delete(after).statusCode());
                uploaded.remove(after);
                upload("new-" + order + round + ".jsonl", "batch");
                if (round % 2 == 0 && remainingUnseen.size() > 1) {
                    String victim = remainingUnseen.remove(remainingUnseen.size() - 1);
                    assertEquals(200, client.delete(victim).statusCode());
                    uploaded.remove(victim);
                    deletedUnseen.add(victim);
                }
                round++;
            }
            for (String id : uploaded) {
                assertTrue(seen.contains(id), order + ": missed " + id + ", which existed throughout");
            }
            for (String id : deletedUnseen) {
                assertFalse(seen.contains(id), "a file deleted before its page is not listed");
            }
            assertTrue(round > 2, "the walk spanned several pages");
        }
    }

    @Test
    void cursorOfAFileDeletedLongAgoStillWorks() {
        String cursor = uploaded.get(10);
        assertEquals(200, client.delete(cursor).statusCode());
        JsonNode page = json(ok(client.get("/files?order=asc&after=" + cursor)));
        assertEquals(uploaded.get(11), page.get("first_id").asText());
        assertEquals(FILES - 11, page.get("data").size());
    }

    @Test
    void unknownCursorIs400() {
        TestClient.assertError(client.get("/files?after=file-neverexisted"), 400, "after", null);
    }
}
