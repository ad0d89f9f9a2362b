package dev.filedeck.transfer;

import dev.filedeck.api.ApiKey;
import dev.filedeck.api.ClientConfig;
import dev.filedeck.api.FileObject;
import dev.filedeck.api.FilesClient;
import dev.filedeck.api.ListQuery;
import dev.filedeck.api.RetryPolicy;
import dev.filedeck.sandbox.SandboxConfig;
import dev.filedeck.sandbox.SandboxServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

/** A real Local sandbox on loopback for transfer tests, with a client that retries fast. */
public final class SandboxFixture implements AutoCloseable {

    public final SandboxServer server;
    public final FilesClient client;

    private SandboxFixture(SandboxServer server) {
        this.server = server;
        this.client = clientFor(server.baseUrl());
    }

    /** A client of this sandbox reached over a slow line, for transfers that take long enough to watch. */
    public FilesClient clientOver(SlowLine line) {
        return clientFor(line.through(server.baseUrl()));
    }

    private FilesClient clientFor(java.net.URI baseUrl) {
        return new FilesClient(ClientConfig.of(baseUrl.toString(), ApiKey.of(server.apiKey()))
                .withRetryPolicy(new RetryPolicy(2, Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofSeconds(60))));
    }

    public static SandboxFixture start(Path dataDir) {
        try {
            return new SandboxFixture(SandboxServer.start(SandboxConfig.forTests(dataDir)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files on the server now. */
    public List<FileObject> remoteFiles() {
        return client.listAll(ListQuery.firstPage(100)).toList();
    }

    /** Whether the server has finished handling a request of this method whose path ends so. */
    public boolean handled(String method, String pathEnd) {
        return server.requests().all().stream().anyMatch(r -> r.method().equals(method) && r.path().endsWith(pathEnd));
    }

    /** Writes {@code size} pseudo-random bytes, different for every seed. */
    public static Path randomFile(Path path, long size, long seed) {
        Random random = new Random(seed);
        byte[] block = new byte[256 * 1024];
        try (OutputStream out = Files.newOutputStream(path)) {
            for (long left = size; left > 0; left -= block.length) {
                random.nextBytes(block);
                out.write(block, 0, (int) Math.min(block.length, left));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return path;
    }

    @Override
    public void close() {
        server.close();
    }
}
