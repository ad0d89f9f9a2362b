package dev.filedeck.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;

/** The small parts on their own: configuration, names, masking, parsing. */
class BuildingBlocksTest {

    @Test
    void defaultsAndTestConfiguration() {
        SandboxConfig defaults = SandboxConfig.defaults();
        assertEquals("127.0.0.1", defaults.host());
        assertEquals(0, defaults.port());
        assertNull(defaults.apiKey());
        assertEquals(Dialect.OPENAI, defaults.dialect());
        assertEquals(Limits.openAi(), defaults.limits());
        assertEquals(Clock.systemUTC(), defaults.clock());
        assertTrue(defaults.seedSamples());
        assertTrue(defaults.durable());

        SandboxConfig tests = SandboxConfig.forTests(Path.of("x"));
        assertEquals(Path.of("x"), tests.dataDir());
        assertFalse(tests.seedSamples());
        assertFalse(tests.durable());
        assertEquals(Dialect.MISTRAL, tests.withDialect(Dialect.MISTRAL).dialect());
        assertEquals(8089, tests.withPort(8089).port());
        assertEquals("::1", tests.withHost("::1").host());
    }

    @Test
    void configurationNeverPrintsTheKey() {
        String text = SandboxConfig.forTests(Path.of("x")).withApiKey("sk-secret-value-123").toString();
        assertFalse(text.contains("sk-secret-value-123"), text);
        assertTrue(text.contains("<redacted>"), text);
    }

    @Test
    void invalidConfigurationIsRefused() {
        SandboxConfig config = SandboxConfig.forTests(Path.of("x"));
        assertThrows(IllegalArgumentException.class, () -> config.withPort(70000));
        assertThrows(IllegalArgumentException.class, () -> config.withApiKey("two words"));
        assertThrows(IllegalArgumentException.class, () -> config.withApiKey(""));
        assertThrows(NullPointerException.class, () -> config.withDialect(null));
        assertThrows(IllegalArgumentException.class, () -> new Limits(0, 1, 1));
    }

    @Test
    void openAiLimits() {
        assertEquals(new Limits(512L * 1024 * 1024, 200L * 1024 * 1024, 2048L * 1024 * 1024), Limits.openAi());
        assertEquals(200L * 1024 * 1024, Limits.openAi().maxFileBytesFor("batch"));
        assertEquals(512L * 1024 * 1024, Limits.openAi().maxFileBytesFor("fine-tune"));
        assertEquals(100, new Limits(100, 500, 1000).maxFileBytesFor("batch"), "a batch file is a file too");
    }

    @Test
    void dialectNames() {
        for (Dialect dialect : Dialect.values()) {
            assertEquals(dialect, Dialect.fromCliName(dialect.cliName()));
            assertFalse(dialect.prefix().endsWith("/"));
        }
        assertEquals(Dialect.BATCH_PROVIDER, Dialect.fromCliName("BATCH_PROVIDER"));
        assertThrows(IllegalArgumentException.class, () -> Dialect.fromCliName("gemini"));
    }

    @Test
    void maskedKeysNeverShowTheWhole() {
        assertEquals("sk-w***************mnop", ApiKeys.mask("sk-wrong-key-abcdefmnop"));
        assertEquals("*****", ApiKeys.mask("short"));
        String longKey = "sk-" + "x".repeat(100) + "tail";
        assertTrue(ApiKeys.mask(longKey).length() < 40);
        assertTrue(ApiKeys.matches("sk-a", "sk-a"));
        assertFalse(ApiKeys.matches("sk-a", "sk-b"));
        assertFalse(ApiKeys.matches("sk-a", null));
        assertTrue(ApiKeys.generate().matches("sk-sandbox-[0-9A-Za-z]{32}"));
    }

    @Test
    void contentDispositionFilenames() {
        assertEquals("a.jsonl", ContentDisposition.filename("form-data; name=\"file\"; filename=\"a.jsonl\""));
        assertEquals("données ✓.jsonl", ContentDisposition.filename("form-data; name=\"file\"; filename*=UTF-8''donn%C3%A9es%20%E2%9C%93.jsonl"));
        assertEquals("naïve.txt", ContentDisposition.filename("form-data; name=\"file\"; filename=\"naive.txt\"; filename*=utf-8'en'na%C3%AFve.txt"));
        assertEquals("£.txt", ContentDisposition.filename("attachment; filename*=ISO-8859-1''%A3.txt"));
        assertEquals("semi;colon \"q\".txt", ContentDisposition.filename("form-data; name=\"file\"; filename=\"semi;colon \\\"q\\\".txt\""));
        assertEquals("C:\\Users\\me\\a.txt", ContentDisposition.filename("form-data; name=\"file\"; filename=\"C:\\Users\\me\\a.txt\""));
        assertEquals("fallback.txt", ContentDisposition.filename("form-data; filename=\"fallback.txt\"; filename*=bogus"));
        assertNull(ContentDisposition.filename("form-data; name=\"purpose\""));
        assertNull(ContentDisposition.filename(null));
    }

    @Test
    void lineCounting() {
        LineCounter counter = new LineCounter();
        assertEquals(0, counter.lines());
        byte[] chunk = "a\nb\nc".getBytes();
        counter.update(chunk, chunk.length);
        assertEquals(3, counter.lines());
        byte[] end = "\n".getBytes();
        counter.update(end, 1);
        assertEquals(3, counter.lines());
    }

    @Test
    void contentTypes() {
        assertEquals("application/jsonl", ContentTypes.guess("x.JSONL"));
        assertEquals("image/png", ContentTypes.guess("a.b.png"));
        assertEquals("application/octet-stream", ContentTypes.guess("noext"));
        assertEquals("application/octet-stream", ContentTypes.guess("dot."));
    }

    @Test
    void sizesReadNaturally() {
        assertEquals("1 KiB (1024 bytes)", Sizes.describe(1024));
        assertEquals("512 MiB (536870912 bytes)", Sizes.describe(512L * 1024 * 1024));
        assertEquals("1.5 KiB (1536 bytes)", Sizes.describe(1536));
        assertEquals("100 bytes", Sizes.describe(100));
    }

    @Test
    void generatedPngIsValid() throws Exception {
        SeedingTest.assertValidPng(PngDiagram.render());
    }
}
