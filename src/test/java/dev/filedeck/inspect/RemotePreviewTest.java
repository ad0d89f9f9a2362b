package dev.filedeck.inspect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filedeck.api.ApiKey;
import dev.filedeck.api.CancelToken;
import dev.filedeck.api.ClientConfig;
import dev.filedeck.api.FileObject;
import dev.filedeck.api.FilesClient;
import dev.filedeck.api.ListQuery;
import dev.filedeck.api.UploadRequest;
import dev.filedeck.sandbox.RecordedRequest;
import dev.filedeck.sandbox.SandboxConfig;
import dev.filedeck.sandbox.SandboxServer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Previews of files on a real Local sandbox: what is read, what is shown, what the server sent. */
class RemotePreviewTest {

    private static final int MB = 1024 * 1024;

    @TempDir
    Path dir;
    private SandboxServer server;
    private FilesClient client;
    private RemoteFiles remote;

    @BeforeEach
    void start() throws IOException {
        server = SandboxServer.start(SandboxConfig.forTests(dir.resolve("sandbox")).withSeedSamples(true));
        client = new FilesClient(ClientConfig.of(server.baseUrl().toString(), ApiKey.of(server.apiKey())));
        remote = new RemoteFiles(client);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aFiftyMegabyteFileIsPreviewedFromItsFirstMegabyteOnly() throws Exception {
        Path big = dir.resolve("big.jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(big)) {
            for (int i = 1; Files.size(big) < 50L * MB || i % 1000 != 0; i++) {
                out.write("{\"custom_id\":\"request-" + i + "\",\"text\":\"" + "lorem ipsum ".repeat(20) + "\"}\n");
                if (i % 1000 == 0) {
                    out.flush();
                }
            }
        }
        long size = Files.size(big);
        FileObject file = client.upload(UploadRequest.of(big, "batch"));
        server.requests().clear();

        Preview preview = remote.preview(file, PreviewReader.FIRST_LIMIT, CancelToken.none());

        Preview.Jsonl jsonl = assertInstanceOf(Preview.Jsonl.class, preview);
        assertEquals(PreviewReader.FIRST_LIMIT, jsonl.extent().bytesRead());
        assertEquals(size, jsonl.extent().totalBytes());
        assertTrue(jsonl.extent().truncated());
        assertEquals(1, jsonl.records().get(0).line());
        assertTrue(jsonl.records().size() > 3000, "about a megabyte of ~270-byte records: " + jsonl.records().size());
        assertEquals(0, jsonl.invalid(), "the cut last line is dropped, not shown as invalid");
        long sent = bytesSentForContent();
        assertEquals(PreviewReader.FIRST_LIMIT, sent, "the server sent only the range asked for, of " + size + " bytes");
        System.out.println("50 MB preview: the sandbox sent " + sent + " bytes");
    }

    @Test
    void loadMoreReadsTheNextMegabyteToo() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "line of notes\n".repeat(110_000));
        FileObject file = client.upload(UploadRequest.of(text, "fine-tune"));
        Preview first = remote.preview(file, PreviewReader.FIRST_LIMIT, CancelToken.none());
        Preview more = remote.preview(file, 2 * PreviewReader.FIRST_LIMIT, CancelToken.none());
        assertEquals(PreviewReader.FIRST_LIMIT, first.extent().bytesRead());
        assertEquals(Files.size(text), more.extent().bytesRead());
        assertTrue(!more.extent().truncated());
    }

    @Test
    void theSeededImageIsShownWhole() throws Exception {
        FileObject png = seeded("diagram.png");
        Preview.Image image = assertInstanceOf(Preview.Image.class, remote.preview(png, PreviewReader.FIRST_LIMIT, CancelToken.none()));
        assertEquals(ContentKind.PNG, image.kind());
        assertEquals(png.bytes().longValue(), image.bytes().length);
        try (InputStream in = client.openContent(png.id())) {
            assertArrayEquals(in.readAllBytes(), image.bytes());
        }
    }

    @Test
    void binaryShowsItsTypeAndAHexViewOfTheFirstBytes() throws Exception {
        byte[] bytes = new byte[5000];
        new Random(3).nextBytes(bytes);
        bytes[0] = 0x1F;
        bytes[1] = (byte) 0x8B;
        Path gz = Files.write(dir.resolve("archive.bin"), bytes);
        FileObject file = client.upload(UploadRequest.of(gz, "fine-tune"));
        Preview.Binary binary = assertInstanceOf(Preview.Binary.class, remote.preview(file, PreviewReader.FIRST_LIMIT, CancelToken.none()));
        assertEquals(ContentKind.GZIP, binary.kind());
        assertEquals(5000, binary.extent().totalBytes());
        assertTrue(binary.hexDump().startsWith(String.format("00000000  1f 8b %02x", bytes[2] & 0xFF)), binary.hexDump());
        assertEquals(PreviewReader.HEX_BYTES / 16, binary.hexDump().lines().count());
    }

    @Test
    void aPurposeTheServerRefusesIsSaidPlainly() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "private notes\n");
        FileObject file = client.upload(UploadRequest.of(notes, "user_data"));
        Preview.Refused refused = assertInstanceOf(Preview.Refused.class, remote.preview(file, PreviewReader.FIRST_LIMIT, CancelToken.none()));
        assertTrue(refused.message().startsWith("The server does not hand out the content of files of purpose user_data"), refused.message());
    }

    @Test
    void batchOutputGetsASummaryOfSuccessesAndErrors() throws Exception {
        Preview.Jsonl jsonl = assertInstanceOf(Preview.Jsonl.class,
                remote.preview(seeded("batch-results.jsonl"), PreviewReader.FIRST_LIMIT, CancelToken.none()));
        BatchOutputSummary summary = jsonl.batchSummary();
        assertNotNull(summary);
        assertEquals(10, summary.lines());
        assertEquals(8, summary.successes());
        assertEquals(List.of(new BatchOutputSummary.ErrorGroup(400, "invalid_request_error", 1),
                new BatchOutputSummary.ErrorGroup(0, "batch_expired", 1)), summary.errors());
    }

    @Test
    void aFineTuneResultsCsvGetsItsMetrics() throws Exception {
        Path csv = Files.writeString(dir.resolve("step_metrics.csv"), "step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy\n"
                + "1,2.5,0.40,,\n2,1.9,0.55,2.1,0.5\n3,1.2,0.71,,\n4,0.8,0.83,1.1,0.8\n");
        FileObject file = client.upload(UploadRequest.of(csv, "fine-tune"));
        Preview.Csv table = assertInstanceOf(Preview.Csv.class, remote.preview(file, PreviewReader.FIRST_LIMIT, CancelToken.none()));
        assertEquals(List.of("step", "train_loss", "train_accuracy", "valid_loss", "valid_mean_token_accuracy"), table.header());
        assertEquals(4, table.rows().size());
        FineTuneMetrics metrics = table.metrics();
        assertEquals(4, metrics.steps());
        assertEquals(new FineTuneMetrics.Metric("train_loss", 4, 2.5, 0.8, 0.8, 2.5), metrics.metrics().get(0));
        assertEquals(new FineTuneMetrics.Metric("valid_loss", 2, 2.1, 1.1, 1.1, 2.1), metrics.metrics().get(2));
    }

    @Test
    void theFineTuneSampleIsJsonlWithoutSummaryAndValidatesClean() throws Exception {
        FileObject sample = seeded("support-chat-finetune.jsonl");
        Preview.Jsonl jsonl = assertInstanceOf(Preview.Jsonl.class, remote.preview(sample, PreviewReader.FIRST_LIMIT, CancelToken.none()));
        assertEquals(20, jsonl.records().size());
        assertNull(jsonl.batchSummary());
        List<Long> progress = new java.util.concurrent.CopyOnWriteArrayList<>();
        ValidationReport report = remote.validate(sample, progress::add, CancelToken.none());
        assertEquals("OK", report.verdict(), report.problems().toString());
        assertEquals(20, report.lines());
        assertEquals(sample.bytes().longValue(), progress.get(progress.size() - 1));
    }

    private FileObject seeded(String name) {
        return client.listAll(ListQuery.firstPage(100)).filter(f -> name.equals(f.filename())).findFirst().orElseThrow();
    }

    /** Waits until the sandbox has logged the end of the content request. */
    private long bytesSentForContent() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            List<RecordedRequest> content = server.requests().all().stream().filter(r -> r.path().endsWith("/content")).toList();
            if (!content.isEmpty() && content.get(0).responseBodyBytes() > 0 && content.get(0).status() != 0) {
                assertEquals(206, content.get(0).status());
                Thread.sleep(200); // the count settles once the server's write fails
                return server.requests().all().stream().filter(r -> r.path().endsWith("/content"))
                        .mapToLong(RecordedRequest::responseBodyBytes).sum();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no content request logged");
    }
}
