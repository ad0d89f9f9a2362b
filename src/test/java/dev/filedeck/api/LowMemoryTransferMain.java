package dev.filedeck.api;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;

/** Run in a forked JVM by {@link LowMemoryTransferIT}: upload a file, download it back, report peak heap. */
public final class LowMemoryTransferMain {

    private LowMemoryTransferMain() {
    }

    public static void main(String[] args) {
        FilesClient client = new FilesClient(ClientConfig.of(args[0], ApiKey.of(System.getenv("FILEDECK_TEST_KEY"))));
        FileObject uploaded = client.upload(UploadRequest.of(Path.of(args[1]), "fine-tune"));
        System.out.println("uploaded " + uploaded.bytes() + " as " + uploaded.id());
        client.download(DownloadRequest.of(uploaded.id(), Path.of(args[2])).expecting(uploaded.bytes()));
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("downloaded; peak heap " + peak / (1024 * 1024) + " MB of max "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
    }
}
