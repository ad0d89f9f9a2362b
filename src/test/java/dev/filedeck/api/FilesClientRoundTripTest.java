package dev.filedeck.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filedeck.sandbox.RecordedRequest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The five operations against the real sandbox over HTTP. */
class FilesClientRoundTripTest {

    @TempDir
    Path dir;
    private Sandbox sandbox;
    private FilesClient client;

    @BeforeEach
    void start() {
        sandbox = Sandbox.start(dir);
        client = sandbox.client();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void uploadListRetrieveDownloadDelete() throws Exception {
        Path local = Files.writeString(dir.resolve("train.jsonl"), "{\"messages\":[]}\n{\"messages\":[]}\n");

        FileObject uploaded = client.upload(UploadRequest.of(local, "fine-tune"));
        assertEquals("train.jsonl", uploaded.filename());
        assertEquals("fine-tune", uploaded.purpose());
        assertEquals(Files.size(local), uploaded.bytes());
        assertTrue(uploaded.id().startsWith("file-"));
        assertTrue(Math.abs(uploaded.createdAt() - Instant.now().getEpochSecond()) < 60);

        FilePage page = client.list(ListQuery.firstPage(10));
        assertEquals(List.of(uploaded.id()), page.files().stream().map(FileObject::id).toList());
        assertFalse(page.hasMore());
        assertEquals(PagingMode.CURSOR, client.pagingMode());

        assertEquals(uploaded.id(), client.retrieve(uploaded.id()).id());

        Path saved = client.download(DownloadRequest.of(uploaded.id(), dir.resolve("out").resolve("copy.jsonl")));
        assertArrayEquals(Files.readAllBytes(local), Files.readAllBytes(saved));

        try (InputStream in = client.openContent(uploaded.id())) {
            assertArrayEquals(Files.readAllBytes(local), in.readAllBytes());
        }

        DeleteResult deleted = client.delete(uploaded.id());
        assertEquals(uploaded.id(), deleted.id());
        assertTrue(deleted.deleted());
        assertTrue(client.list(ListQuery.firstPage(10)).files().isEmpty());
        ApiException gone = assertThrows(ApiException.class, () -> client.retrieve(uploaded.id()));
        assertEquals(404, gone.status());
    }

    @Test
    void nonAsciiFileNameRoundTripsByteIdentical() throws Exception {
        String name = "données_日本語 (v2) ✓.jsonl";
        Path local = dir.resolve(name);
        Files.writeString(local, "{\"text\":\"é ü 日本\"}\n", StandardCharsets.UTF_8);
        Sandbox.writeFile(dir.resolve("bulk.bin"), 300_000, 7);
        Files.write(local, Files.readAllBytes(dir.resolve("bulk.bin")), java.nio.file.StandardOpenOption.APPEND);

        FileObject uploaded = client.upload(UploadRequest.of(local, "batch"));
        assertEquals(name, uploaded.filename());
        assertEquals(name, client.retrieve(uploaded.id()).filename());

        Path copy = client.download(DownloadRequest.of(uploaded.id(), dir.resolve("copy-" + name)).expecting(uploaded.bytes()));
        assertEquals(Sandbox.sha256(local), Sandbox.sha256(copy));
    }

    @Test
    void expiresAfterIsSentAndReported() throws Exception {
        Path local = Files.writeString(dir.resolve("b.jsonl"), "{}\n");
        FileObject uploaded = client.upload(UploadRequest.of(local, "batch").withExpiresAfter(Duration.ofHours(2)));
        assertNotNull(uploaded.expiresAt());
        assertEquals(uploaded.createdAt() + 7200, uploaded.expiresAt());
        FileObject plain = client.upload(UploadRequest.of(local, "batch"));
        assertNull(plain.expiresAt());
    }

    @Test
    void sendsIdentityHeadersAndTheKeyOnlyAsBearer() throws Exception {
        FilesClient withOrg = new FilesClient(sandbox.config().withOrganization("org-123").withProject("proj_9"));
        withOrg.list(ListQuery.firstPage(5));
        RecordedRequest request = sandbox.server.requests().all().get(sandbox.server.requests().all().size() - 1);
        assertEquals(List.of("org-123"), request.headers().get("openai-organization"));
        assertEquals(List.of("proj_9"), request.headers().get("openai-project"));
        assertTrue(request.headers().get("user-agent").get(0).startsWith("FileDeck/"), request.headers().toString());
        assertTrue(request.headers().containsKey("authorization"));
        assertEquals("limit=5&order=desc", request.query());
    }

    @Test
    void baseUrlWithTrailingSlashWorks() {
        FilesClient slashed = new FilesClient(ClientConfig.of(sandbox.server.baseUrl() + "/", ApiKey.of(sandbox.server.apiKey())));
        assertTrue(slashed.list(ListQuery.firstPage(1)).files().isEmpty());
    }

    @Test
    void unknownFileGivesTheServersErrorWithRequestId() {
        ApiException e = assertThrows(ApiException.class, () -> client.retrieve("file-doesnotexist"));
        assertEquals(ApiException.Kind.HTTP, e.kind());
        assertEquals(404, e.status());
        assertEquals("invalid_request_error", e.type());
        assertEquals("id", e.param());
        assertTrue(e.requestId().startsWith("req_"), e.requestId());
        assertTrue(e.getMessage().contains("No such File object"), e.getMessage());
    }

    @Test
    void hostileIdCannotEscapeThePath() {
        // Escaped as one path segment, the id reaches "retrieve one file" and nothing else.
        ApiException e = assertThrows(ApiException.class, () -> client.retrieve("../files?x=1"));
        assertEquals(404, e.status());
        RecordedRequest request = sandbox.server.requests().all().get(sandbox.server.requests().all().size() - 1);
        assertTrue(request.query() == null || request.query().isEmpty(), "no query smuggled in: " + request.query());
    }
}
