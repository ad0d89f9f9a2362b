package dev.filedeck.bench;

import dev.filedeck.api.ApiKey;
import dev.filedeck.api.ClientConfig;
import dev.filedeck.api.DownloadRequest;
import dev.filedeck.api.FileObject;
import dev.filedeck.api.FilesClient;
import dev.filedeck.api.UploadRequest;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The FileDeck side of bench/transfer: uploads and downloads one file a number of rounds with the
 * Files API client, timing each operation inside the JVM, then reports peak heap and peak RSS.
 * Output lines are read by the script: {@code upload 1.234}, {@code download 0.987}, {@code heap 12}, {@code rss 80}.
 *
 * <p>Usage: TransferBenchmark BASE_URL FILE ROUNDS (the key comes from FILEDECK_BENCH_KEY).
 */
public final class TransferBenchmark {

    private TransferBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        FilesClient client = new FilesClient(ClientConfig.of(args[0], ApiKey.of(System.getenv("FILEDECK_BENCH_KEY"))));
        Path file = Path.of(args[1]);
        int rounds = Integer.parseInt(args[2]);
        Path target = file.resolveSibling("filedeck-download.bin");
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            FileObject uploaded = client.upload(UploadRequest.of(file, "fine-tune"));
            print("upload", System.nanoTime() - start);
            Files.deleteIfExists(target);
            start = System.nanoTime();
            client.download(DownloadRequest.of(uploaded.id(), target).expecting(uploaded.bytes()));
            print("download", System.nanoTime() - start);
            client.delete(uploaded.id());
        }
        Files.deleteIfExists(target);
        long heap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heap += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("heap " + heap / (1024 * 1024));
        System.out.println("rss " + peakRssMegabytes());
    }

    private static void print(String what, long nanos) {
        System.out.println(what + " " + String.format(Locale.ROOT, "%.3f", nanos / 1e9));
    }

    /** VmHWM from /proc: the process's peak resident set, in MB (Linux only; -1 elsewhere). */
    private static long peakRssMegabytes() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return -1;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        return -1;
    }
}
