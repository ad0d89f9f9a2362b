package dev.filedeck.ui.files;

import dev.filedeck.api.ApiKey;
import dev.filedeck.api.ClientConfig;
import dev.filedeck.api.FileObject;
import dev.filedeck.api.FilesClient;
import dev.filedeck.api.RetryPolicy;
import dev.filedeck.api.UploadRequest;
import dev.filedeck.sandbox.SandboxConfig;
import dev.filedeck.sandbox.SandboxServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A Local sandbox on a test's temporary folder with numbered files: "report-001.jsonl" is the oldest (no id can contain "report"),
 * so newest first the first page of 25 of 260 files is file-260 … file-236.
 */
final class SeededSandbox implements AutoCloseable {

    final SandboxServer server;
    final FilesClient client;
    private final Path content;

    private SeededSandbox(SandboxServer server, FilesClient client, Path content) {
        this.server = server;
        this.client = client;
        this.content = content;
    }

    /** Without automatic retries, so that one armed fault fails one listing. */
    static SeededSandbox start(Path folder) {
        try {
            SandboxServer server = SandboxServer.start(SandboxConfig.forTests(folder.resolve("sandbox")));
            FilesClient client = new FilesClient(ClientConfig.of(server.baseUrl().toString(), ApiKey.of(server.apiKey()))
                    .withRetryPolicy(RetryPolicy.never()));
            Path content = Files.writeString(folder.resolve("content.jsonl"), "{\"prompt\":\"hi\"}\n");
            return new SeededSandbox(server, client, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Uploads report-001 … report-{count}, oldest first; every tenth has purpose batch, the rest fine-tune. */
    List<FileObject> seed(int count) {
        return seed(count, i -> i % 10 == 0 ? "batch" : "fine-tune");
    }

    List<FileObject> seed(int count, IntFunction<String> purposeOf) {
        List<FileObject> uploaded = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            uploaded.add(upload(name(i), purposeOf.apply(i)));
        }
        return uploaded;
    }

    FileObject upload(String filename, String purpose) {
        return client.upload(UploadRequest.of(content, purpose).withFilename(filename));
    }

    static String name(int number) {
        return String.format("report-%03d.jsonl", number);
    }

    /** Names from {@code from} down to {@code to}, as newest first lists them. */
    static List<String> namesDown(int from, int to) {
        List<String> names = new ArrayList<>();
        for (int i = from; i >= to; i--) {
            names.add(name(i));
        }
        return names;
    }

    static List<String> namesUp(int from, int to) {
        List<String> names = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            names.add(name(i));
        }
        return names;
    }

    /** How many list requests the server answered since the last {@code clearRequests}. */
    long listRequests() {
        return server.requests().all().stream()
                .filter(request -> request.method().equals("GET") && request.path().endsWith("/files"))
                .count();
    }

    void clearRequests() {
        server.requests().clear();
    }

    @Override
    public void close() {
        server.close();
    }
}
