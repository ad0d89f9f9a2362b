package dev.filedeck.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filedeck.sandbox.Dialect;
import dev.filedeck.sandbox.RecordedRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same client operations against servers that answer like other providers. */
class ProviderStylesTest {

    @TempDir
    Path dir;
    private Sandbox sandbox;

    @BeforeEach
    void start() {
        sandbox = Sandbox.start(dir);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void azureStyleUsesTheApiKeyHeaderAndApiVersion() throws Exception {
        sandbox.server.setDialect(Dialect.AZURE);
        FilesClient azure = new FilesClient(sandbox.config(Dialect.AZURE).withAzureAuth("2024-10-21"));
        Path local = Files.writeString(dir.resolve("a.jsonl"), "{}\n");
        FileObject uploaded = azure.upload(UploadRequest.of(local, "batch"));
        assertEquals(List.of(uploaded.id()), azure.list(ListQuery.firstPage(10)).files().stream().map(FileObject::id).toList());
        RecordedRequest last = sandbox.server.requests().all().get(sandbox.server.requests().all().size() - 1);
        assertTrue(last.query().contains("api-version=2024-10-21"), last.query());
        assertTrue(last.headers().containsKey("api-key"));
        assertFalse(last.headers().containsKey("authorization"));

        FilesClient bearer = new FilesClient(sandbox.config(Dialect.AZURE));
        assertTrue(assertThrows(ApiException.class, () -> bearer.list(ListQuery.firstPage(1))).status() >= 400);
    }

    @Test
    void scaleGenAiStyleWorksUnderOpenaiV1() throws Exception {
        sandbox.server.setDialect(Dialect.SCALEGENAI);
        FilesClient client = new FilesClient(sandbox.config(Dialect.SCALEGENAI));
        assertTrue(client.config().baseUrl().getPath().endsWith("/openai/v1"));
        Path local = Files.writeString(dir.resolve("t.jsonl"), "{}\n");
        FileObject uploaded = client.upload(UploadRequest.of(local, "fine-tune"));
        assertEquals(null, uploaded.status(), "ScaleGenAI sends no status: tolerated");
        FilePage page = client.list(ListQuery.firstPage(10));
        assertEquals(PagingMode.NONE, client.pagingMode());
        assertEquals(List.of(uploaded.id()), page.files().stream().map(FileObject::id).toList());
        assertTrue(client.delete(uploaded.id()).deleted());
        assertTrue(client.list(ListQuery.firstPage(10)).files().isEmpty(), "a refresh after a delete sees it");
    }

    @Test
    void batchProviderStyleGivesExpiryToEveryFile() throws Exception {
        sandbox.server.setDialect(Dialect.BATCH_PROVIDER);
        FilesClient client = new FilesClient(sandbox.config(Dialect.BATCH_PROVIDER));
        Path local = Files.writeString(dir.resolve("b.jsonl"), "{}\n");
        FileObject uploaded = client.upload(UploadRequest.of(local, "batch"));
        assertEquals(uploaded.createdAt() + 2_592_000, uploaded.expiresAt());
        ApiException e = assertThrows(ApiException.class, () -> client.upload(UploadRequest.of(local, "vision")));
        assertEquals(400, e.status());
        assertEquals("purpose", e.param());
    }
}
