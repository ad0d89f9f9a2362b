package dev.filedeck.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Together's three-step upload, as the sandbox's {@link Dialect#TOGETHER} dialect answers it:
 * <ol>
 *   <li>{@code POST /files} with a form (purpose, file_name, file_type) is answered {@code 302} with a
 *       presigned URL in {@code Location} and the future file's id in {@code X-Together-File-Id};</li>
 *   <li>{@code PUT} of the raw bytes to that URL, which carries its own signature and, like an object store,
 *       refuses a request that also brings an {@code Authorization} header;</li>
 *   <li>{@code POST /files/{id}/preprocess} answers the stored file.</li>
 * </ol>
 */
final class PresignedUploads {

    /** Where presigned URLs point: outside the API prefix, as a bucket is outside the API host. */
    static final String BUCKET_PATH = "/presigned-bucket/";
    static final String FILE_ID_HEADER = "X-Together-File-Id";

    private record Pending(String fileId, String filename, String purpose) {
    }

    private final FileStore store;
    private final Limits limits;
    private final UploadHandler uploads;
    private final Function<Dialect, URI> baseUrls;
    private final Map<String, Pending> pendingByToken = new ConcurrentHashMap<>();

    PresignedUploads(FileStore store, Limits limits, UploadHandler uploads, Function<Dialect, URI> baseUrls) {
        this.store = store;
        this.limits = limits;
        this.uploads = uploads;
        this.baseUrls = baseUrls;
    }

    static boolean isBucketPath(String path) {
        return path.startsWith(BUCKET_PATH);
    }

    /** Step 1: a form POST reserves an id and answers with where the bytes go. */
    void start(Call call) throws IOException {
        Map<String, String> form = readForm(call);
        String purpose = form.get("purpose");
        String filename = form.get("file_name");
        if (purpose == null || purpose.isBlank()) {
            throw ApiException.invalidRequest("Missing required parameter: 'purpose'.", "purpose");
        }
        if (filename == null || filename.isBlank()) {
            throw ApiException.invalidRequest("Missing required parameter: 'file_name'.", "file_name");
        }
        UploadHandler.checkPurpose(call.dialect, purpose);
        String fileId = store.unusedId();
        String token = Ids.base62(32);
        pendingByToken.put(token, new Pending(fileId, filename.strip(), purpose));
        URI base = baseUrls.apply(call.dialect);
        String location = base.getScheme() + "://" + base.getRawAuthority() + BUCKET_PATH + token + "?X-Signature=" + Ids.base62(24);
        call.exchange.getResponseHeaders().set("Location", location);
        call.exchange.getResponseHeaders().set(FILE_ID_HEADER, fileId);
        call.sendHeaders(302, 0);
    }

    /** Step 2: the bytes, streamed to disk within the limits; the URL is the credential. */
    void receive(Call call) throws IOException {
        if (!call.method.equals("PUT")) {
            throw ApiException.methodNotAllowed(call.method, call.path, "PUT");
        }
        if (call.header("Authorization") != null || call.header("api-key") != null) {
            // What S3 answers when a presigned request also carries credentials: they must not travel here.
            throw ApiException.invalidRequest("Only one auth mechanism allowed: the presigned URL already carries "
                    + "its signature, so the request must not have an Authorization header.", null);
        }
        String token = call.path.substring(BUCKET_PATH.length());
        Pending pending = pendingByToken.get(token); // reusable until it succeeds, as a presigned URL is until it expires
        if (pending == null) {
            throw new ApiException(403, "The presigned URL is unknown, used already or expired.", "invalid_request_error", null,
                    "access_denied");
        }
        long declared = UploadHandler.declaredLength(call.exchange);
        long bound = limits.maxFileBytesFor(pending.purpose());
        if (declared > bound) {
            throw ApiException.tooLarge("Files may be at most " + Sizes.describe(bound) + ".", "file_too_large");
        }
        UploadHandler.Received received;
        try (InputStream in = call.exchange.getRequestBody()) {
            received = uploads.receive(in, pending.filename(), bound, pending.purpose());
        }
        try {
            store.add(pending.fileId(), received.temp(), received.filename(), pending.purpose(), received.bytes(), store.now(),
                    null, received.numLines());
        } catch (IOException | RuntimeException e) {
            uploads.discard(received.temp(), received.bytes());
            throw ApiException.internal("The sandbox could not store the file: " + e.getMessage());
        }
        pendingByToken.remove(token);
        call.sendHeaders(200, 0);
    }

    /** Step 3: {@code POST /files/{id}/preprocess} answers the stored file. */
    void preprocess(Call call, String id) throws IOException {
        if (!call.method.equals("POST")) {
            throw ApiException.methodNotAllowed(call.method, call.path, "POST");
        }
        StoredFile file = store.find(id).orElseThrow(() -> ApiException.noSuchFile(id));
        call.sendJson(200, FileObjects.toJson(file, call.dialect));
    }

    private static Map<String, String> readForm(Call call) throws IOException {
        String type = call.header("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            throw ApiException.invalidRequest("Uploads start with a form (application/x-www-form-urlencoded) naming "
                    + "purpose, file_name and file_type; the bytes then go to the URL this answer redirects to.", "file_name");
        }
        byte[] body = call.exchange.getRequestBody().readNBytes(16 * 1024);
        QueryParams form = QueryParams.parse(new String(body, StandardCharsets.US_ASCII));
        Map<String, String> fields = new java.util.HashMap<>();
        for (String name : new String[] {"purpose", "file_name", "file_type"}) {
            if (form.get(name) != null) {
                fields.put(name, form.get(name));
            }
        }
        return fields;
    }
}
