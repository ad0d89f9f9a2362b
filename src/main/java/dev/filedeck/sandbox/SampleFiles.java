package dev.filedeck.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The four files a first-time user finds: a fine-tuning set, a batch input, its output, and an image. Seeded
 * once per data dir; a marker file keeps an emptied sandbox empty.
 */
final class SampleFiles {

    private static final System.Logger LOG = System.getLogger(SampleFiles.class.getName());
    static final String MARKER = "samples-seeded";
    private static final String RESOURCES = "samples/";

    private SampleFiles() {
    }

    static void seedIfNeeded(FileStore store, Path dataDir, Dialect dialect, boolean durable) throws IOException {
        Path marker = dataDir.resolve(MARKER);
        if (Files.exists(marker)) {
            return;
        }
        long now = store.now();
        // Staggered times, oldest first, so the list reads like a little history.
        add(store, dialect, resource("support-chat-finetune.jsonl"), "support-chat-finetune.jsonl", "fine-tune",
                now - Duration.ofDays(3).toSeconds());
        add(store, dialect, resource("batch-requests.jsonl"), "batch-requests.jsonl", "batch",
                now - Duration.ofHours(26).toSeconds());
        add(store, dialect, resource("batch-results.jsonl"), "batch-results.jsonl", dialect.batchOutputPurpose(),
                now - Duration.ofHours(25).toSeconds());
        add(store, dialect, PngDiagram.render(), "diagram.png", dialect == Dialect.MISTRAL ? "ocr" : "vision",
                now - Duration.ofHours(2).toSeconds());
        AtomicFiles.write(marker, ("Samples were added on first start; delete this file to get them again.\n")
                .getBytes(StandardCharsets.UTF_8), durable);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = SampleFiles.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IOException("sample resource missing: " + RESOURCES + name);
            }
            return in.readAllBytes();
        }
    }

    private static void add(FileStore store, Dialect dialect, byte[] content, String filename, String purpose, long createdAt)
            throws IOException {
        if (!store.quota().tryReserve(content.length)) {
            LOG.log(Level.INFO, "Sandbox: sample {0} skipped: the storage limit is too small", filename);
            return;
        }
        Path temp = store.newTempFile();
        try {
            Files.write(temp, content);
            Long expiresAfter = UploadHandler.expiresAfterSeconds(dialect, null, null);
            Long numLines = null;
            if (ContentTypes.isJsonLines(filename)) {
                LineCounter lines = new LineCounter();
                lines.update(content, content.length);
                numLines = lines.lines();
            }
            store.add(temp, filename, purpose, content.length, createdAt,
                    expiresAfter == null ? null : createdAt + expiresAfter, numLines);
        } catch (IOException | RuntimeException e) {
            store.quota().release(content.length);
            Files.deleteIfExists(temp);
            throw e;
        }
    }
}
