package dev.filedeck.sandbox;

import com.sun.net.httpserver.HttpExchange;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

/**
 * {@code POST /files}: streams the file part into {@code dataDir/tmp}, enforcing the limits as bytes arrive,
 * then moves it into the store. Fields may come before or after the file part.
 */
final class UploadHandler {

    private static final System.Logger LOG = System.getLogger(UploadHandler.class.getName());

    /** Room for part headers, the purpose field and boundaries when judging a Content-Length. */
    static final long MULTIPART_OVERHEAD = 64 * 1024;
    private static final int MAX_FIELD_BYTES = 4096;
    private static final int BUFFER_SIZE = 64 * 1024;
    static final long MIN_EXPIRY_SECONDS = 3600;
    static final long MAX_EXPIRY_SECONDS = 2_592_000;

    private final FileStore store;
    private final Limits limits;
    private final Function<Dialect, URI> baseUrls;

    UploadHandler(FileStore store, Limits limits, Function<Dialect, URI> baseUrls) {
        this.store = store;
        this.limits = limits;
        this.baseUrls = baseUrls;
    }

    /** The form fields gathered while the parts go by. */
    private static final class Form {
        String purpose;
        String anchor;
        String seconds;
        Received file;
    }

    /** A file part saved to a temp file, its bytes reserved in the quota until committed or discarded. */
    record Received(Path temp, String filename, long bytes, Long numLines) {
    }

    void upload(Call call) throws IOException {
        requireMultipart(call);
        rejectClearlyOversized(call);
        Form form = new Form();
        boolean committed = false;
        try {
            readParts(call, form);
            StoredFile stored = commit(call.dialect, form);
            committed = true;
            answer(call, stored);
        } finally {
            if (!committed && form.file != null) {
                discard(form.file.temp(), form.file.bytes());
            }
        }
    }

    private static void requireMultipart(Call call) {
        String contentType = call.header("Content-Type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw ApiException.invalidRequest("Invalid Content-Type " + (contentType == null ? "(none)" : "'" + contentType + "'")
                    + ": uploads must be multipart/form-data with a 'file' part and a 'purpose' field.", "file");
        }
    }

    /** Answers 413 before reading a byte when the announced length cannot possibly fit. */
    private void rejectClearlyOversized(Call call) {
        long declared = declaredLength(call.exchange);
        if (declared < 0) {
            return; // chunked: judged as it streams
        }
        if (declared > limits.maxFileBytes() + MULTIPART_OVERHEAD) {
            throw fileTooLarge(limits.maxFileBytes(), null);
        }
        if (declared > store.quota().remaining() + MULTIPART_OVERHEAD) {
            throw storageFull();
        }
    }

    static long declaredLength(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Content-Length");
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void readParts(Call call, Form form) throws IOException {
        try {
            FileItemInputIterator items = new MultipartParser().getItemIterator(call.exchange); // cheap; no shared state
            while (items.hasNext()) {
                FileItemInput item = items.next();
                String field = item.getFieldName() == null ? "" : item.getFieldName();
                switch (field) {
                    case "file" -> {
                        if (form.file != null) {
                            drain(item); // one file an upload: later file parts are ignored
                        } else if (item.isFormField()) {
                            throw ApiException.invalidRequest("'file' must be a file part with a filename, not a plain form field.", "file");
                        } else {
                            if (form.purpose != null) {
                                checkPurpose(call.dialect, form.purpose); // fail before streaming a file for nothing
                            }
                            form.file = receive(item, form.purpose);
                        }
                    }
                    case "purpose" -> form.purpose = readField(item, field);
                    case "expires_after[anchor]" -> form.anchor = readField(item, field);
                    case "expires_after[seconds]" -> form.seconds = readField(item, field);
                    default -> drain(item);
                }
            }
        } catch (FileUploadException e) { // includes MultipartInput.MalformedStreamException
            throw ApiException.invalidRequest("Could not read the multipart body: " + e.getMessage(), "file");
        }
    }

    private Received receive(FileItemInput item, String purposeSoFar) throws IOException {
        String filename = ContentDisposition.filename(item.getHeaders().getHeader("Content-Disposition"));
        if (filename == null) {
            filename = item.getName();
        }
        if (filename == null || filename.isBlank()) {
            throw ApiException.invalidRequest("The 'file' part needs a filename.", "file");
        }
        // Without the purpose yet, the general limit; a batch file's own is checked once the purpose arrives.
        long bound = purposeSoFar != null ? limits.maxFileBytesFor(purposeSoFar) : limits.maxFileBytes();
        try (InputStream in = item.getInputStream()) {
            return receive(in, filename, bound, purposeSoFar);
        }
    }

    /**
     * Streams a file's bytes into a temp file, reserving them in the quota as they arrive and refusing
     * more than {@code bound}; on failure nothing is left behind.
     */
    Received receive(InputStream in, String filename, long bound, String purpose) throws IOException {
        LineCounter lines = ContentTypes.isJsonLines(filename) ? new LineCounter() : null;
        Path temp;
        try {
            temp = store.newTempFile();
        } catch (IOException e) {
            throw storageFailure(e);
        }
        long received = 0;
        boolean complete = false;
        try (OutputStream out = Files.newOutputStream(temp)) {
            byte[] buffer = new byte[BUFFER_SIZE];
            int n;
            // readNBytes fills the whole buffer (the parser hands out 4 KB at a time): one disk
            // write per 64 KB instead of sixteen.
            while ((n = in.readNBytes(buffer, 0, buffer.length)) > 0) {
                if (received + n > bound) {
                    throw fileTooLarge(bound, purpose);
                }
                if (!store.quota().tryReserve(n)) {
                    throw storageFull();
                }
                received += n;
                writeTo(out, buffer, n);
                if (lines != null) {
                    lines.update(buffer, n);
                }
            }
            complete = true;
        } finally {
            if (!complete) {
                discard(temp, received);
            }
        }
        return new Received(temp, filename, received, lines == null ? null : lines.lines());
    }

    /** A write failure is the server's disk, not the client's request: 500, not 400. */
    private static void writeTo(OutputStream out, byte[] buffer, int n) {
        try {
            out.write(buffer, 0, n);
        } catch (IOException e) {
            throw storageFailure(e);
        }
    }

    private static String readField(FileItemInput item, String name) throws IOException {
        try (InputStream in = item.getInputStream()) {
            byte[] value = in.readNBytes(MAX_FIELD_BYTES + 1);
            if (value.length > MAX_FIELD_BYTES) {
                throw ApiException.invalidRequest("'" + name + "' is too long.", name);
            }
            return new String(value, StandardCharsets.UTF_8).strip();
        }
    }

    private static void drain(FileItemInput item) throws IOException {
        try (InputStream in = item.getInputStream()) {
            in.transferTo(OutputStream.nullOutputStream());
        }
    }

    private StoredFile commit(Dialect dialect, Form form) {
        if (form.file == null) {
            throw ApiException.invalidRequest("Missing required parameter: 'file'.", "file");
        }
        if (form.purpose == null || form.purpose.isEmpty()) {
            throw ApiException.invalidRequest("Missing required parameter: 'purpose'.", "purpose");
        }
        checkPurpose(dialect, form.purpose);
        Long expiresAfter = expiresAfterSeconds(dialect, form.anchor, form.seconds);
        long bound = limits.maxFileBytesFor(form.purpose);
        if (form.file.bytes() > bound) {
            throw fileTooLarge(bound, form.purpose); // purpose came after the file
        }
        long now = store.now();
        try {
            return store.add(form.file.temp(), form.file.filename(), form.purpose, form.file.bytes(), now,
                    expiresAfter == null ? null : now + expiresAfter, form.file.numLines());
        } catch (IOException e) {
            throw storageFailure(e);
        }
    }

    static void checkPurpose(Dialect dialect, String purpose) {
        if (!dialect.uploadPurposes().contains(purpose)) {
            throw ApiException.invalidRequest("'" + purpose + "' is not one of " + String.join(", ", dialect.uploadPurposes())
                    + " - 'purpose'", "purpose");
        }
    }

    /** Seconds until expiry, or null for none. The batch provider defaults both fields; OpenAI wants both or neither. */
    static Long expiresAfterSeconds(Dialect dialect, String anchor, String seconds) {
        if (!dialect.supportsExpiry()) {
            return null;
        }
        boolean defaults = dialect.expiresEveryFile();
        if (anchor == null && seconds == null) {
            return defaults ? MAX_EXPIRY_SECONDS : null;
        }
        if (anchor == null && !defaults) {
            throw ApiException.invalidRequest("Missing required parameter: 'expires_after[anchor]'.", "expires_after[anchor]");
        }
        if (anchor != null && !anchor.equals("created_at")) {
            throw ApiException.invalidRequest("Invalid 'expires_after[anchor]': expected 'created_at', got '" + anchor + "'.",
                    "expires_after[anchor]");
        }
        if (seconds == null) {
            if (!defaults) {
                throw ApiException.invalidRequest("Missing required parameter: 'expires_after[seconds]'.", "expires_after[seconds]");
            }
            return MAX_EXPIRY_SECONDS;
        }
        try {
            long value = Long.parseLong(seconds);
            if (value >= MIN_EXPIRY_SECONDS && value <= MAX_EXPIRY_SECONDS) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalidRequest("Invalid 'expires_after[seconds]': expected an integer between " + MIN_EXPIRY_SECONDS
                + " and " + MAX_EXPIRY_SECONDS + ", got '" + seconds + "'.", "expires_after[seconds]");
    }

    private void answer(Call call, StoredFile stored) throws IOException {
        if (call.dialect == Dialect.AZURE) {
            String apiVersion = call.query().get("api-version");
            String location = baseUrls.apply(Dialect.AZURE) + "/files/" + stored.id()
                    + (apiVersion == null ? "" : "?api-version=" + URLEncoder.encode(apiVersion, StandardCharsets.UTF_8));
            call.exchange.getResponseHeaders().set("Location", location);
            call.sendJson(201, FileObjects.toJson(stored, call.dialect));
        } else {
            call.sendJson(200, FileObjects.toJson(stored, call.dialect));
        }
    }

    void discard(Path temp, long reservedBytes) {
        store.quota().release(reservedBytes);
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Sandbox: could not delete the partial upload " + temp + ": " + e.getMessage());
        }
    }

    private static ApiException fileTooLarge(long bound, String purpose) {
        String what = "batch".equals(purpose) ? "Files of purpose 'batch'" : "Files";
        return ApiException.tooLarge(what + " may be at most " + Sizes.describe(bound) + ".", "file_too_large");
    }

    private ApiException storageFull() {
        return ApiException.tooLarge("Storage limit reached: the files stored here may total at most "
                + Sizes.describe(store.quota().limit()) + ", and " + Sizes.describe(store.quota().used())
                + " are in use. Delete some files first.", "storage_limit_exceeded");
    }

    private static ApiException storageFailure(IOException e) {
        LOG.log(Level.WARNING, "Sandbox: could not store an upload: " + e);
        return ApiException.internal("The sandbox could not store the file: " + e.getMessage());
    }
}
