package dev.filedeck.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filedeck.sandbox.Dialect;
import dev.filedeck.sandbox.SandboxConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Walks 2,500 files in pages of 100 in every paging mode. The server's clock stands still, so
 * every file has the same created_at and the order rests on the server's tie-break alone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PagingTest {

    private static final int FILES = 2_500;

    @TempDir
    static Path dir;
    private Sandbox sandbox;
    private List<String> uploadOrder;

    @BeforeAll
    void seed() throws Exception {
        Clock frozen = Clock.fixed(Instant.parse("2026-11-01T10:00:00Z"), ZoneOffset.UTC);
        sandbox = Sandbox.start(SandboxConfig.forTests(dir.resolve("sandbox")).withClock(frozen));
        Path small = Files.writeString(dir.resolve("one.jsonl"), "{}\n");
        FilesClient client = sandbox.client();
        // Uploaded one by one so that the upload order is known.
        uploadOrder = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            String purpose = i % 5 == 0 ? "batch" : "fine-tune";
            uploadOrder.add(client.upload(UploadRequest.of(small, purpose).withFilename("f" + i + ".jsonl")).id());
        }
    }

    @AfterAll
    void stop() {
        sandbox.close();
    }

    private static List<String> walk(FilesClient client, ListQuery query) {
        List<String> ids = new ArrayList<>();
        for (FilePage page : client.pages(query)) {
            assertTrue(page.files().size() <= query.limit());
            page.files().forEach(f -> ids.add(f.id()));
        }
        return ids;
    }

    /** Compares id lists, reporting the first difference rather than thousands of ids. */
    private static void assertSameIds(List<String> expected, List<String> actual) {
        int n = Math.min(expected.size(), actual.size());
        for (int i = 0; i < n; i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                throw new AssertionError("first difference at index " + i + " of " + expected.size()
                        + ": expected " + expected.get(i) + " but was " + actual.get(i));
            }
        }
        assertEquals(expected.size(), actual.size(), "number of files");
    }

    private List<String> newestFirst() {
        List<String> reversed = new ArrayList<>(uploadOrder);
        Collections.reverse(reversed);
        return reversed;
    }

    @Test
    void cursorPagingInBothOrdersSeesEveryFileOnceInOrder() {
        FilesClient client = sandbox.client();
        assertSameIds(newestFirst(), walk(client, ListQuery.firstPage(100)));
        assertEquals(PagingMode.CURSOR, client.pagingMode());
        assertSameIds(uploadOrder, walk(client, ListQuery.firstPage(100).withOrder(SortOrder.OLDEST_FIRST)));
    }

    @Test
    void pagesAreFullAndTheLastSaysNoMore() {
        List<FilePage> pages = new ArrayList<>();
        sandbox.client().pages(ListQuery.firstPage(100)).forEach(pages::add);
        assertEquals(25, pages.size());
        assertTrue(pages.stream().allMatch(p -> p.files().size() == 100));
        assertFalse(pages.get(24).hasMore());
        assertTrue(pages.get(0).hasMore());
        assertEquals(pages.get(0).lastId(), pages.get(0).nextCursor());
    }

    @Test
    void purposeFilterIsAppliedByTheServer() {
        List<String> batch = walk(sandbox.client(), ListQuery.firstPage(100).withPurpose("batch").withOrder(SortOrder.OLDEST_FIRST));
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < FILES; i += 5) {
            expected.add(uploadOrder.get(i));
        }
        assertSameIds(expected, batch);
    }

    @Test
    void listAllIsLazyAndComplete() {
        sandbox.server.requests().clear();
        List<FileObject> firstTwo = sandbox.client().listAll(ListQuery.firstPage(100)).limit(2).toList();
        assertEquals(2, firstTwo.size());
        long listCalls = sandbox.server.requests().all().stream().filter(r -> r.method().equals("GET")).count();
        assertEquals(1, listCalls, "a lazy walk fetches only the pages it needs");
        assertEquals(FILES, sandbox.client().listAll(ListQuery.firstPage(1000)).count());
    }

    @Test
    void scaleGenAiDialectWithoutServerPagingYieldsTheSamePages() {
        try {
            sandbox.server.setDialect(Dialect.SCALEGENAI);
            FilesClient client = new FilesClient(sandbox.config(Dialect.SCALEGENAI));
            List<FilePage> pages = new ArrayList<>();
            client.pages(ListQuery.firstPage(100)).forEach(pages::add);
            assertEquals(PagingMode.NONE, client.pagingMode());
            assertEquals(25, pages.size());
            assertEquals(Long.valueOf(FILES), pages.get(0).total());
            assertSameIds(newestFirst(), pages.stream().flatMap(p -> p.files().stream()).map(FileObject::id).toList());
            assertSameIds(uploadOrder, walk(client, ListQuery.firstPage(100).withOrder(SortOrder.OLDEST_FIRST)));
            List<String> batchOnly = walk(client, ListQuery.firstPage(100).withPurpose("batch"));
            assertEquals(FILES / 5, batchOnly.size());
        } finally {
            sandbox.server.setDialect(Dialect.OPENAI);
        }
    }

    @Test
    void mistralPageNumbersYieldTheSamePages() {
        try {
            sandbox.server.setDialect(Dialect.MISTRAL);
            FilesClient client = new FilesClient(sandbox.config(Dialect.MISTRAL));
            FilePage first = client.list(ListQuery.firstPage(100));
            assertEquals(PagingMode.PAGE_NUMBER, client.pagingMode());
            assertEquals(Long.valueOf(FILES), first.total());
            assertNotNull(first.nextCursor());
            assertSameIds(newestFirst(), walk(client, ListQuery.firstPage(100)));
            // Page numbers come newest first; the oldest-first walk is paged by the client.
            assertSameIds(uploadOrder, walk(client, ListQuery.firstPage(250).withOrder(SortOrder.OLDEST_FIRST)));
        } finally {
            sandbox.server.setDialect(Dialect.OPENAI);
        }
    }

    /** Runs last: it changes the files. */
    @Test
    @Order(Integer.MAX_VALUE)
    void walkWhileOthersAddAndDeleteNeverMissesOrRepeatsAStableFile() throws Exception {
        FilesClient walker = sandbox.client();
        FilesClient other = sandbox.client();
        Path small = Files.writeString(dir.resolve("extra.jsonl"), "{}\n");
        List<String> ahead = new ArrayList<>();
        for (int i = 150; i < FILES; i += 97) {
            ahead.add(newestFirst().get(i));
        }
        Set<String> deleted = new HashSet<>();
        Set<String> added = new HashSet<>();
        List<String> seen = new ArrayList<>();
        for (FilePage page : walker.pages(ListQuery.firstPage(100))) {
            page.files().forEach(f -> seen.add(f.id()));
            // Between two pages: an upload, two deletes further down the list, and the delete of
            // this page's last file, which is the cursor the next page starts after.
            added.add(other.upload(UploadRequest.of(small, "batch")).id());
            for (int n = 0; n < 2 && !ahead.isEmpty(); n++) {
                String id = ahead.remove(0);
                other.delete(id);
                deleted.add(id);
            }
            if (page.hasMore()) {
                other.delete(page.lastId());
                deleted.add(page.lastId());
            }
        }
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no file seen twice");
        List<String> stable = uploadOrder.stream().filter(id -> !deleted.contains(id)).toList();
        assertTrue(seen.containsAll(stable), "every file present throughout the walk was seen");
        // Files added during a newest-first walk land before its cursor: not part of this walk.
        assertTrue(Collections.disjoint(seen, added));
        assertTrue(deleted.size() > 40);
    }
}
