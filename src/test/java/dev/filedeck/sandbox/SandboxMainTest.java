package dev.filedeck.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standalone command: what it prints, that it serves, and its exit codes. */
class SandboxMainTest {

    @TempDir
    Path dir;

    /** Output captured from a run, readable while the run goes on. */
    private static final class Captured {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        synchronized String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    private static String awaitLine(Captured out, String marker) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            String text = out.text();
            if (text.contains(marker)) {
                return text;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no '" + marker + "' in: " + out.text());
    }

    @Test
    void printsWhereItListensServesAndStops() throws Exception {
        SandboxMain main = new SandboxMain();
        Captured out = new Captured();
        Captured err = new Captured();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> main.run(
                new String[] {"--port", "0", "--data-dir", dir.toString(), "--key", "sk-sandbox-cli-test-key", "--no-seed"},
                out.stream, err.stream));
        String banner = awaitLine(out, "Try: curl");

        assertTrue(banner.startsWith("FileDeck Local sandbox (OpenAI dialect)"), banner);
        Matcher base = Pattern.compile("Base URL +(http://127\\.0\\.0\\.1:\\d+/v1)").matcher(banner);
        assertTrue(base.find(), banner);
        assertTrue(banner.contains("API key   sk-sandbox-cli-test-key"), banner);
        assertTrue(banner.contains("Data      " + dir.toAbsolutePath()), banner);
        assertTrue(banner.contains("curl -H \"Authorization: Bearer sk-sandbox-cli-test-key\" " + base.group(1) + "/files"), banner);

        HttpResponse<String> list = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base.group(1) + "/files"))
                .header("Authorization", "Bearer sk-sandbox-cli-test-key").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("\"data\":[]"), "--no-seed: " + list.body());

        main.stop();
        assertEquals(0, exit.get(10, TimeUnit.SECONDS));
        assertEquals("", err.text());
        SandboxServer.start(SandboxConfig.forTests(dir)).close(); // it closed the server and unlocked the data dir
    }

    @Test
    void azureBannerShowsTheApiKeyHeader() throws Exception {
        SandboxMain main = new SandboxMain();
        Captured out = new Captured();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> main.run(
                new String[] {"--port=0", "--data-dir=" + dir, "--dialect", "azure", "--no-seed"}, out.stream, new Captured().stream));
        String banner = awaitLine(out, "Try: curl");
        main.stop();
        assertEquals(0, exit.get(10, TimeUnit.SECONDS));
        assertTrue(banner.startsWith("FileDeck Local sandbox (Azure OpenAI dialect)"), banner);
        assertTrue(banner.contains("curl -H \"api-key: sk-sandbox-"), banner);
        assertTrue(banner.contains("/openai/files?api-version="), banner);
    }

    @Test
    void badArgumentsExitWithTwoAndUsage() {
        String[][] bad = {
                {"--port", "eighty"}, {"--port", "70000"}, {"--port"}, {"--dialect", "gemini"}, {"--bogus"},
                {"--key", "has space"}, {"--data-dir"}, {"--host", ""}, {"stray"}};
        for (String[] args : bad) {
            Captured out = new Captured();
            Captured err = new Captured();
            assertEquals(2, new SandboxMain().run(args, out.stream, err.stream), String.join(" ", args));
            assertTrue(err.text().startsWith("sandbox: "), err.text());
            assertTrue(err.text().contains("Usage: sandbox"), err.text());
            assertEquals("", out.text());
        }
    }

    @Test
    void helpExitsWithZero() {
        Captured out = new Captured();
        Captured err = new Captured();
        assertEquals(0, new SandboxMain().run(new String[] {"--help"}, out.stream, err.stream));
        assertTrue(out.text().contains("--dialect NAME"), out.text());
        assertEquals("", err.text());
    }

    @Test
    void aPortInUseExitsWithOneAndSaysSo() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Captured err = new Captured();
            int code = new SandboxMain().run(new String[] {"--port", String.valueOf(taken.getLocalPort()),
                    "--data-dir", dir.toString()}, new Captured().stream, err.stream);
            assertEquals(1, code);
            assertTrue(err.text().contains("port " + taken.getLocalPort() + " on 127.0.0.1 is already in use"), err.text());
            assertFalse(err.text().contains("Exception"), err.text());
        }
        SandboxServer.start(SandboxConfig.forTests(dir)).close(); // the failed start left the data dir unlocked
    }

    @Test
    void optionsMapOntoTheConfiguration() throws Exception {
        SandboxMain.Options options = SandboxMain.Options.parse(new String[] {
                "--port", "9000", "--host", "localhost", "--data-dir", dir.toString(), "--dialect", "batch-provider",
                "--key", "sk-k", "--no-seed"});
        SandboxConfig config = options.toConfig();
        assertEquals(9000, config.port());
        assertEquals("localhost", config.host());
        assertEquals(dir, config.dataDir());
        assertEquals(Dialect.BATCH_PROVIDER, config.dialect());
        assertEquals("sk-k", config.apiKey());
        assertFalse(config.seedSamples());
        assertTrue(config.durable());
        SandboxConfig defaults = SandboxMain.Options.parse(new String[0]).toConfig();
        assertEquals(SandboxMain.DEFAULT_PORT, defaults.port());
        assertEquals("127.0.0.1", defaults.host());
        assertTrue(defaults.seedSamples());
        assertEquals(dev.filedeck.settings.AppDirectories.forCurrentUser().sandboxData(), defaults.dataDir());
    }
}
