package dev.filedeck.inspect;

import dev.filedeck.api.ApiException;
import dev.filedeck.api.CancelToken;
import dev.filedeck.api.ContentStream;
import dev.filedeck.api.FileObject;
import dev.filedeck.api.FilesClient;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/**
 * Previews and validates remote files over their /content stream. A preview closes the stream after
 * its limit, which ends the request; a validation reads it all, in bounded memory.
 */
public final class RemoteFiles {

    private final FilesClient client;

    public RemoteFiles(FilesClient client) {
        this.client = client;
    }

    /**
     * Reads the first {@code limit} bytes and stops: the request asks for that range, and the stream
     * is closed after it either way. An image is fetched whole (up to {@link PreviewReader#IMAGE_LIMIT}).
     */
    public Preview preview(FileObject file, int limit, CancelToken cancel) throws IOException {
        Preview preview = read(file, limit, cancel);
        if (preview instanceof Preview.Binary binary && binary.kind().isImage() && binary.extent().truncated()
                && binary.extent().totalBytes() <= PreviewReader.IMAGE_LIMIT && limit < PreviewReader.IMAGE_LIMIT) {
            return read(file, PreviewReader.IMAGE_LIMIT, cancel);
        }
        return preview;
    }

    private Preview read(FileObject file, int limit, CancelToken cancel) throws IOException {
        ContentStream content;
        try {
            content = client.openContentStart(file.id(), limit, cancel);
        } catch (ApiException e) {
            if (e.kind() == ApiException.Kind.HTTP && (e.status() == 400 || e.status() == 403)) {
                return new Preview.Refused(refusal(file, e));
            }
            throw e;
        }
        try (InputStream in = content) {
            long total = content.length() >= 0 ? content.length() : file.bytes() == null ? -1 : file.bytes();
            return PreviewReader.read(in, file.filename(), total, limit);
        }
    }

    /** Streams the whole content through the validator for the file's purpose. */
    public ValidationReport validate(FileObject file, LongConsumer progress, CancelToken cancel) throws IOException {
        try (ContentStream content = client.openContent(file.id(), cancel)) {
            long total = content.length() >= 0 ? content.length() : file.bytes() == null ? -1 : file.bytes();
            return new JsonlValidator(JsonlFormat.forRemote(file.purpose()), Long.MAX_VALUE).validate(content, total, progress);
        }
    }

    private static String refusal(FileObject file, ApiException e) {
        String purpose = file.purpose() == null ? "this purpose" : "purpose " + file.purpose();
        String reason = e.serverMessage() == null || e.serverMessage().isBlank() ? "" : " (the server says: " + Walk.shorten(e.serverMessage()) + ")";
        return "The server does not hand out the content of files of " + purpose + ", so FileDeck cannot preview or download it"
                + reason + ".";
    }
}
