package dev.filedeck.api;

import dev.filedeck.sandbox.Dialect;
import dev.filedeck.sandbox.SandboxConfig;
import dev.filedeck.sandbox.SandboxServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Random;

/** A real sandbox server on loopback and clients for it: what every client test talks to. */
final class Sandbox implements AutoCloseable {

    final SandboxServer server;

    private Sandbox(SandboxServer server) {
        this.server = server;
    }

    static Sandbox start(Path dir) {
        return start(SandboxConfig.forTests(dir.resolve("sandbox")));
    }

    static Sandbox start(SandboxConfig config) {
        try {
            return new Sandbox(SandboxServer.start(config));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A client with fast retries, so that retry tests take milliseconds, not seconds. */
    FilesClient client() {
        return new FilesClient(config());
    }

    ClientConfig config() {
        return ClientConfig.of(server.baseUrl().toString(), ApiKey.of(server.apiKey()))
                .withRetryPolicy(new RetryPolicy(2, Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofSeconds(60)));
    }

    ClientConfig config(Dialect dialect) {
        return ClientConfig.of(server.baseUrl(dialect).toString(), ApiKey.of(server.apiKey()))
                .withRetryPolicy(new RetryPolicy(2, Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofSeconds(60)));
    }

    @Override
    public void close() {
        server.close();
    }

    /** Writes {@code size} pseudo-random bytes quickly: one random block, each copy stamped with its index. */
    static Path writeFile(Path path, long size, long seed) throws IOException {
        Random random = new Random(seed);
        byte[] block = new byte[1024 * 1024];
        random.nextBytes(block);
        try (var out = Files.newOutputStream(path)) {
            long left = size;
            for (long index = 0; left > 0; index++) {
                for (int i = 0; i < 8; i++) {
                    block[i] = (byte) (index >>> (8 * i));
                }
                int n = (int) Math.min(block.length, left);
                out.write(block, 0, n);
                left -= n;
            }
        }
        return path;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return sha256(in);
        }
    }

    static String sha256(InputStream in) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
