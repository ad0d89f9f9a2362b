package dev.filedeck.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filedeck.sandbox.Limits;
import dev.filedeck.sandbox.SandboxConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory does not grow with file size: a JVM with a 64 MB heap uploads and downloads a 512 MB
 * file through the client, byte-identical.
 */
class LowMemoryTransferIT {

    private static final long SIZE = 512L * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void uploadAndDownload512MegabytesIn64MegabyteHeap() throws Exception {
        Path source = Sandbox.writeFile(dir.resolve("big.jsonl"), SIZE, 99);
        Path copy = dir.resolve("copy.jsonl");
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.forTests(dir.resolve("sandbox")).withLimits(Limits.openAi()))) {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Xmx64m");
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add(LowMemoryTransferMain.class.getName());
            command.add(sandbox.server.baseUrl().toString());
            command.add(source.toString());
            command.add(copy.toString());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            // The key travels by environment, never on a command line others can read.
            builder.environment().put("FILEDECK_TEST_KEY", sandbox.server.apiKey());
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the forked transfer finished");
            assertEquals(0, process.exitValue(), output);
            assertTrue(output.contains("uploaded " + SIZE), output);
            System.out.println(output);
        }
        assertEquals(SIZE, Files.size(copy));
        assertEquals(Sandbox.sha256(source), Sandbox.sha256(copy));
    }
}
