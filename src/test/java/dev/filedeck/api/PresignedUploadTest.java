package dev.filedeck.api;

import dev.filedeck.sandbox.Dialect;
import dev.filedeck.sandbox.RecordedRequest;
import dev.filedeck.sandbox.SandboxConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Together's three-step upload against the sandbox's Together dialect, which answers the same way. */
class PresignedUploadTest {

    @TempDir
    Path dir;

    @Test
    void uploadsInThreeStepsWithoutSendingTheKeyToTheUploadUrl() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.forTests(dir.resolve("sandbox")).withDialect(Dialect.TOGETHER)
                .withSeedSamples(false))) {
            FilesClient client = new FilesClient(sandbox.config(Dialect.TOGETHER).withUploadStrategy(UploadStrategy.PRESIGNED_PUT)
                    .withPagingMode(PagingMode.NONE));
            Path local = Sandbox.writeFile(dir.resolve("tränings-daten.jsonl"), 3 * 1024 * 1024 + 17, 7);
            List<long[]> progress = new CopyOnWriteArrayList<>();

            FileObject uploaded = client.upload(UploadRequest.of(local, "fine-tune"), new TransferListener() {
                @Override
                public void onProgress(long done, long total) {
                    progress.add(new long[] {done, total});
                }
            }, CancelToken.none());

            assertEquals("tränings-daten.jsonl", uploaded.filename());
            assertEquals(Files.size(local), uploaded.bytes());
            assertEquals("fine-tune", uploaded.purpose());
            try (ContentStream content = client.openContent(uploaded.id())) {
                assertEquals(Sandbox.sha256(local), Sandbox.sha256(content));
            }
            long[] last = progress.get(progress.size() - 1);
            assertEquals(Files.size(local), last[0]);
            assertEquals(Files.size(local), last[1]);

            List<RecordedRequest> requests = sandbox.server.requests().all();
            RecordedRequest start = requests.stream().filter(r -> r.method().equals("POST") && r.path().equals("/v1/files")).findFirst().orElseThrow();
            RecordedRequest put = requests.stream().filter(r -> r.method().equals("PUT")).findFirst().orElseThrow();
            RecordedRequest preprocess = requests.stream().filter(r -> r.path().endsWith("/preprocess")).findFirst().orElseThrow();
            assertEquals(302, start.status());
            assertNotNull(start.header("Authorization"));
            assertEquals(200, put.status());
            assertNull(put.header("Authorization"), "the presigned URL must not get the API key");
            assertEquals(Files.size(local), put.requestBodyBytes());
            assertEquals("/v1/files/" + uploaded.id() + "/preprocess", preprocess.path());
            assertEquals(List.of(uploaded.id()), client.listAll(ListQuery.firstPage(100)).map(FileObject::id).toList());
        }
    }

    @Test
    void aMultipartUploadToAServerThatWantsThePresignedStepsIsStillTaken() throws Exception {
        // The sandbox's Together dialect accepts both, so a mis-set connection still works and shows the file.
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.forTests(dir.resolve("sandbox")).withDialect(Dialect.TOGETHER)
                .withSeedSamples(false))) {
            Path local = Sandbox.writeFile(dir.resolve("data.jsonl"), 1000, 1);
            FileObject uploaded = new FilesClient(sandbox.config(Dialect.TOGETHER)).upload(UploadRequest.of(local, "fine-tune"));
            assertEquals(1000, uploaded.bytes());
        }
    }

    @Test
    void aServerThatAnswersTheFirstStepWithoutARedirectGetsAClearError() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.forTests(dir.resolve("sandbox")).withSeedSamples(false))) {
            // The OpenAI dialect refuses a form post: FileDeck reports the server's answer, not a crash.
            FilesClient client = new FilesClient(sandbox.config().withUploadStrategy(UploadStrategy.PRESIGNED_PUT));
            Path local = Sandbox.writeFile(dir.resolve("data.jsonl"), 1000, 1);

            ApiException error = assertThrows(ApiException.class, () -> client.upload(UploadRequest.of(local, "fine-tune")));

            assertEquals(400, error.status());
            assertTrue(error.getMessage().contains("multipart"), error.getMessage());
            assertTrue(client.listAll(ListQuery.firstPage(10)).toList().isEmpty());
        }
    }
}
