package dev.filedeck.ui.upload;

import dev.filedeck.api.DownloadRequest;
import dev.filedeck.api.FileObject;
import dev.filedeck.api.UploadRequest;
import dev.filedeck.transfer.TransferService;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A transfer service that only remembers what was queued. */
final class RecordingTransfers implements TransferService {

    final List<UploadRequest> uploads = new CopyOnWriteArrayList<>();

    @Override
    public void enqueueUpload(UploadRequest request) {
        uploads.add(request);
    }

    @Override
    public void enqueueDownload(DownloadRequest request, String displayName) {
        throw new UnsupportedOperationException("uploads only");
    }

    @Override
    public void setOnUploaded(Consumer<FileObject> listener) {
    }

    @Override
    public void setOnDownloaded(Consumer<Path> listener) {
    }

    @Override
    public boolean hasActiveTransfers() {
        return false;
    }
}
