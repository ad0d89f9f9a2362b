package dev.filedeck.api;

import java.io.FileNotFoundException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Together's upload in three steps: a form POST that is answered by a redirect to a presigned URL
 * (the redirect is read, never followed with the key), a PUT of the file's bytes to that URL
 * without any credential, then {@code POST /files/{id}/preprocess}, which answers the file.
 */
final class PresignedUpload {

    static final String FILE_ID_HEADER = "x-together-file-id";

    private final HttpCaller caller;
    private final Endpoints endpoints;
    private final ClientConfig config;

    PresignedUpload(HttpCaller caller, Endpoints endpoints, ClientConfig config) {
        this.caller = caller;
        this.endpoints = endpoints;
        this.config = config;
    }

    FileObject upload(UploadRequest request, long size, TransferListener listener, CancelToken cancel) {
        Target target = start(request, cancel);
        put(request, size, target.uploadUrl(), listener, cancel);
        HttpCaller.Call call = new HttpCaller.Call("POST", endpoints.preprocess(target.fileId()),
                () -> BodyPublishers.noBody(), null, config.requestTimeout());
        HttpCaller.Reply<byte[]> reply = caller.execute(call, BodyHandlers::ofByteArray, HttpCaller.RetryRule.UPLOAD,
                listener::onRetry, cancel, null);
        return JsonAnswers.file(FilesClient.jsonBody(reply), reply.status(), reply.requestId());
    }

    /** Where the bytes go and the id the file will have. */
    private record Target(URI uploadUrl, String fileId) {
    }

    private Target start(UploadRequest request, CancelToken cancel) {
        StringJoiner form = new StringJoiner("&");
        Map.of("purpose", request.purpose(), "file_name", request.effectiveFilename(), "file_type", fileType(request.effectiveFilename()))
                .forEach((name, value) -> form.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        byte[] body = form.toString().getBytes(StandardCharsets.US_ASCII);
        HttpCaller.Call call = new HttpCaller.Call("POST", endpoints.files(Map.of()), () -> BodyPublishers.ofByteArray(body),
                "application/x-www-form-urlencoded", config.requestTimeout(), true, true);
        HttpCaller.Reply<byte[]> reply = caller.execute(call, BodyHandlers::ofByteArray, HttpCaller.RetryRule.UPLOAD,
                notice -> { }, cancel, null);
        String location = reply.headers().firstValue("location").orElse(null);
        String fileId = reply.headers().firstValue(FILE_ID_HEADER).orElse(null);
        if (reply.status() / 100 != 3 || location == null || fileId == null) {
            throw ApiException.protocol("The server did not answer the upload's first step with a redirect to an upload URL "
                    + "and a file id (HTTP " + reply.status() + "): is this connection's upload style right?", reply.status(),
                    reply.requestId());
        }
        return new Target(config.baseUrl().resolve(location), fileId);
    }

    /** The bytes, streamed from disk with exact progress; the presigned URL is its own credential. */
    private void put(UploadRequest request, long size, URI url, TransferListener listener, CancelToken cancel) {
        ProgressReporter progress = new ProgressReporter(listener);
        StallGuard guard = new StallGuard(config.stallTimeout(), config.requestTimeout());
        HttpCaller.Call call = new HttpCaller.Call("PUT", url, () -> {
            try {
                return new CountingPublisher(BodyPublishers.ofFile(request.file()), sent -> {
                    guard.progressed();
                    progress.report(Math.min(size, sent), size);
                    if (sent >= size) {
                        guard.bodySent();
                    }
                }, cancel);
            } catch (FileNotFoundException e) {
                throw ApiException.of(ApiException.Kind.LOCAL_IO, "Cannot read " + request.file() + ": " + e.getMessage(), e);
            }
        }, "application/octet-stream", null, false, false);
        progress.restart(size);
        caller.execute(call, BodyHandlers::discarding, HttpCaller.RetryRule.UPLOAD, notice -> {
            progress.restart(size);
            listener.onRetry(notice);
        }, cancel, guard);
        progress.finish(size, size);
    }

    private static String fileType(String filename) {
        String lower = filename.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".parquet")) {
            return "parquet";
        }
        return lower.endsWith(".csv") ? "csv" : "jsonl";
    }
}
