package dev.filedeck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filedeck.api.ApiException;
import dev.filedeck.api.ApiKey;
import dev.filedeck.api.ClientConfig;
import dev.filedeck.api.FilesClient;
import dev.filedeck.sandbox.SandboxConfig;
import dev.filedeck.sandbox.SandboxServer;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log file as the app configures it: where it goes, how it rotates, and that no key gets in. */
class AppLogTest {

    private static final String KEY = "sk-proj-SECRET0123456789abcdefSECRET";
    private static final System.Logger LOG = System.getLogger("dev.filedeck.app.AppLogTest");

    @TempDir
    Path dir;
    private AppLog log;

    @AfterEach
    void close() {
        if (log != null) {
            log.close();
        }
    }

    private String written() throws IOException {
        log.flush();
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(dir.resolve("logs"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("filedeck-\\d\\.log")).sorted().toList()) {
                all.append(Files.readString(file));
            }
        }
        return all.toString();
    }

    @Test
    void writesLinesWithTimeLevelLoggerAndThreadIntoTheLogFolder() throws IOException {
        log = AppLog.install(dir.resolve("logs"));

        LOG.log(Level.INFO, "Listing {0} files", 4);
        LOG.log(Level.DEBUG, "not at the default level");

        assertEquals(dir.resolve("logs").resolve("filedeck-0.log"), log.file().orElseThrow());
        String text = Files.readString(log.file().orElseThrow());
        assertTrue(text.matches("(?s)\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO +dev\\.filedeck\\.app\\.AppLogTest \\[[^]]+\\] Listing 4 files\\R"),
                text);
    }

    @Test
    void keepsAFewFilesOfBoundedSize() throws IOException {
        log = AppLog.install(dir.resolve("logs"), 4_000, 3);

        for (int i = 0; i < 400; i++) {
            LOG.log(Level.INFO, "line {0} {1}", i, "x".repeat(80));
        }
        log.flush();

        try (Stream<Path> files = Files.list(dir.resolve("logs"))) {
            List<String> names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".log")).sorted().toList();
            assertEquals(List.of("filedeck-0.log", "filedeck-1.log", "filedeck-2.log"), names);
        }
        for (int i = 0; i < 3; i++) {
            assertTrue(Files.size(dir.resolve("logs").resolve("filedeck-" + i + ".log")) <= 4_200);
        }
        assertTrue(Files.readString(dir.resolve("logs").resolve("filedeck-0.log")).contains("line 399 "), "the newest is -0");
    }

    @Test
    void aFolderThatCannotBeWrittenLeavesTheAppRunningWithoutALogFile() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("taken"), "a file where the folder should be");

        log = AppLog.install(notAFolder.resolve("logs"));

        assertTrue(log.file().isEmpty());
        assertTrue(log.problem().orElseThrow().contains("cannot be written"), log.problem().orElseThrow());
        LOG.log(Level.INFO, "still fine");
    }

    @Test
    void noApiKeyReachesTheFileWhateverCarriesIt() throws Exception {
        log = AppLog.install(dir.resolve("logs"));
        ApiKey key = ApiKey.of(KEY);
        try (SandboxServer server = SandboxServer.start(SandboxConfig.forTests(dir.resolve("sandbox")).withApiKey(KEY))) {
            ClientConfig config = ClientConfig.of(server.baseUrl().toString(), key);
            // A real failure with the key in play: the sandbox answers 404 for a file that is not there.
            ApiException missing = assertThrows(ApiException.class, () -> new FilesClient(config).retrieve("file-missing"));

            LOG.log(Level.INFO, "Connecting with {0} and {1}", config, key);
            LOG.log(Level.ERROR, "Retrieve failed", missing);
            // What a careless message or a server echoing its request could contain:
            LOG.log(Level.WARNING, "Request headers: Authorization: Bearer " + KEY);
            LOG.log(Level.WARNING, "GET " + server.baseUrl() + "/files?api_key=" + KEY);
            LOG.log(Level.WARNING, "{\"api-key\": \"" + KEY + "\"}");
            LOG.log(Level.ERROR, "Wrapped", new IllegalStateException("upstream said: invalid key " + KEY));
        }

        String text = written();
        assertTrue(text.contains("Retrieve failed") && text.contains("ApiException") && text.contains("Wrapped"), text);
        assertFalse(text.contains(KEY), text);
        assertFalse(text.contains("SECRET0123456789"), "no long fragment either:\n" + text);
        assertTrue(text.contains("sk-" + LogFormat.MASK), text);
    }

    @Test
    void scrubbingKeepsOrdinaryTextAsItIs() {
        String ordinary = "Uploaded batch-requests.jsonl (4.0 KB) as file-abc123 to https://api.openai.com/v1/files in 0.3 s";
        assertEquals(ordinary, LogFormat.scrub(ordinary));
        assertEquals("key ApiKey[sk-…CRET]", LogFormat.scrub("key " + ApiKey.of(KEY)));
    }
}
