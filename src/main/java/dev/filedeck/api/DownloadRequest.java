package dev.filedeck.api;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A remote file to save locally.
 *
 * @param fileId the remote file
 * @param destination where it ends up; it appears there only when complete
 * @param expectedBytes the size the server's file object announced, checked at the end; null when unknown
 * @param replaceExisting whether an existing file at the destination may be replaced
 */
public record DownloadRequest(String fileId, Path destination, Long expectedBytes, boolean replaceExisting) {

    public DownloadRequest {
        Objects.requireNonNull(fileId, "fileId");
        Objects.requireNonNull(destination, "destination");
    }

    public static DownloadRequest of(String fileId, Path destination) {
        return new DownloadRequest(fileId, destination, null, false);
    }

    public DownloadRequest replacingExisting() {
        return new DownloadRequest(fileId, destination, expectedBytes, true);
    }

    public DownloadRequest expecting(Long bytes) {
        return new DownloadRequest(fileId, destination, bytes, replaceExisting);
    }
}
