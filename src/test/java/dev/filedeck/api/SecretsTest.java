package dev.filedeck.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filedeck.sandbox.Fault;
import dev.filedeck.sandbox.FaultRule;
import dev.filedeck.sandbox.SandboxConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key appears in no log line, exception or toString, whatever goes wrong. */
class SecretsTest {

    private static final String KEY = "sk-proj-SECRET0123456789abcdefSECRET";

    @TempDir
    Path dir;
    private Sandbox sandbox;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Logger root = Logger.getLogger("");
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            StringWriter text = new StringWriter();
            text.append(record.getLoggerName()).append(' ').append(String.valueOf(record.getMessage()));
            if (record.getParameters() != null) {
                for (Object p : record.getParameters()) {
                    text.append(' ').append(String.valueOf(p));
                }
            }
            if (record.getThrown() != null) {
                record.getThrown().printStackTrace(new PrintWriter(text));
            }
            lines.add(text.toString());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level oldLevel;

    @BeforeEach
    void start() {
        sandbox = Sandbox.start(SandboxConfig.forTests(dir.resolve("sandbox")).withApiKey(KEY));
        oldLevel = root.getLevel();
        root.setLevel(Level.ALL);
        Logger.getLogger("dev.filedeck").setLevel(Level.ALL);
        capture.setLevel(Level.ALL);
        root.addHandler(capture);
    }

    @AfterEach
    void stop() {
        root.removeHandler(capture);
        root.setLevel(oldLevel);
        sandbox.close();
    }

    @Test
    void keyNeverLeaksThroughLogsExceptionsOrToString() throws Exception {
        ClientConfig config = sandbox.config();
        FilesClient client = new FilesClient(config);
        List<String> texts = new java.util.ArrayList<>();
        Path local = Files.writeString(dir.resolve("a.jsonl"), "{}\n");

        FileObject file = client.upload(UploadRequest.of(local, "batch"));
        client.list(ListQuery.firstPage(10));
        client.retrieve(file.id());
        sandbox.server.faults().add(FaultRule.on("GET", "/files", Fault.rateLimited("0")));
        client.list(ListQuery.firstPage(10));
        // A hostile server echoing the key back in its error message.
        sandbox.server.faults().add(FaultRule.on("GET", "/files", Fault.plainText(400, "bad key " + KEY)));
        texts.add(describe(assertThrows(ApiException.class, () -> client.list(ListQuery.firstPage(10)))));
        texts.add(describe(assertThrows(ApiException.class, () -> client.retrieve("file-missing"))));
        FilesClient wrongHost = new FilesClient(ClientConfig.of("http://127.0.0.1:9/v1", ApiKey.of(KEY)).withRetryPolicy(RetryPolicy.never()));
        texts.add(describe(assertThrows(ApiException.class, () -> wrongHost.list(ListQuery.firstPage(1)))));
        texts.add(config.toString());
        texts.add(config.apiKey().toString());
        texts.add(client.toString());

        assertFalse(lines.isEmpty(), "the client logs its requests");
        assertTrue(lines.stream().anyMatch(l -> l.contains("/files")));
        for (String text : concat(texts, lines)) {
            assertFalse(text.contains(KEY), "key leaked in: " + text);
            assertFalse(text.contains("SECRET0123456789"), "part of the key leaked in: " + text);
        }
        assertEquals("sk-…CRET", config.apiKey().masked());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String describe(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return t + "\n" + out;
    }
}
