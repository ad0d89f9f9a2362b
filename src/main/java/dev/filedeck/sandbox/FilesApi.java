package dev.filedeck.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.function.Function;

/** The five Files operations, routed by the path after the dialect prefix. */
final class FilesApi {

    private static final int BUFFER_SIZE = 64 * 1024;

    private final FileStore store;
    private final ListHandler lists;
    private final UploadHandler uploads;
    private final PresignedUploads presigned;

    FilesApi(FileStore store, Limits limits, Function<Dialect, URI> baseUrls) {
        this.store = store;
        this.lists = new ListHandler(store);
        this.uploads = new UploadHandler(store, limits, baseUrls);
        this.presigned = new PresignedUploads(store, limits, uploads, baseUrls);
    }

    /** The presigned URLs of Together-style uploads live outside the API, with their own credential. */
    PresignedUploads presigned() {
        return presigned;
    }

    void handle(Call call) throws IOException {
        String[] segments = call.route.split("/", -1); // "/files/x/content" -> "", "files", "x", "content"
        if (segments.length < 2 || !segments[1].equals("files")) {
            throw ApiException.invalidUrl(call.method, call.path);
        }
        if (segments.length == 2) {
            switch (call.method) {
                case "GET" -> lists.list(call);
                case "POST" -> {
                    if (call.dialect.usesPresignedUploads() && !isMultipart(call)) {
                        presigned.start(call);
                    } else {
                        uploads.upload(call);
                    }
                }
                default -> throw ApiException.methodNotAllowed(call.method, call.path, "GET, POST");
            }
            return;
        }
        String id = segments[2];
        if (id.isEmpty()) {
            throw ApiException.invalidUrl(call.method, call.path);
        }
        if (segments.length == 3) {
            switch (call.method) {
                case "GET" -> retrieve(call, id);
                case "DELETE" -> delete(call, id);
                default -> throw ApiException.methodNotAllowed(call.method, call.path, "GET, DELETE");
            }
        } else if (segments.length == 4 && segments[3].equals("preprocess") && call.dialect.usesPresignedUploads()) {
            presigned.preprocess(call, id);
        } else if (segments.length == 4 && segments[3].equals("content")) {
            if (!call.method.equals("GET")) {
                throw ApiException.methodNotAllowed(call.method, call.path, "GET");
            }
            content(call, id);
        } else {
            throw ApiException.invalidUrl(call.method, call.path);
        }
    }

    private static boolean isMultipart(Call call) {
        String type = call.header("Content-Type");
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    private void retrieve(Call call, String id) throws IOException {
        StoredFile file = store.find(id).orElseThrow(() -> ApiException.noSuchFile(id));
        call.sendJson(200, FileObjects.toJson(file, call.dialect));
    }

    private void delete(Call call, String id) throws IOException {
        if (!store.delete(id)) {
            throw ApiException.noSuchFile(id);
        }
        call.sendJson(200, FileObjects.deleted(id));
    }

    /** Streams the blob straight from disk: constant memory for any size. */
    private void content(Call call, String id) throws IOException {
        StoredFile file = store.find(id).orElseThrow(() -> ApiException.noSuchFile(id));
        if (call.dialect.refusesDownloadOf(file.purpose())) {
            throw ApiException.invalidRequest("Not allowed to download files of purpose: " + file.purpose(), null);
        }
        InputStream in;
        try {
            in = Files.newInputStream(store.blobPath(id));
        } catch (NoSuchFileException e) {
            throw ApiException.noSuchFile(id); // deleted between the lookup and the open
        }
        try (in) {
            call.exchange.getResponseHeaders().set("Content-Type", ContentTypes.guess(file.filename()));
            call.exchange.getResponseHeaders().set("Accept-Ranges", "bytes");
            long[] range = ByteRange.parse(call.exchange.getRequestHeaders().getFirst("Range"), file.bytes());
            long first = 0;
            long length = file.bytes();
            if (range != null) {
                first = range[0];
                length = range[1] - range[0] + 1;
                call.exchange.getResponseHeaders().set("Content-Range", "bytes " + range[0] + "-" + range[1] + "/" + file.bytes());
                in.skipNBytes(first);
            }
            call.sendHeaders(range != null ? 206 : 200, length);
            if (length > 0) {
                OutputStream out = call.body();
                byte[] buffer = new byte[BUFFER_SIZE];
                long left = length;
                int n;
                while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) != -1) {
                    out.write(buffer, 0, n);
                    left -= n;
                }
                out.flush();
            }
        }
    }
}
