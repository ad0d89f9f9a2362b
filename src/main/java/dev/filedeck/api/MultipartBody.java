package dev.filedeck.api;

import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A multipart/form-data body whose file part streams from disk, so that the length is known up
 * front (Content-Length, exact progress) and the body can be sent again for a retry.
 */
final class MultipartBody {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String boundary = randomBoundary();
    private final Map<String, String> fields = new LinkedHashMap<>();
    private final Path file;
    private final String filename;
    private final long fileSize;
    private final byte[] head;
    private final byte[] tail;

    MultipartBody(Map<String, String> fields, Path file, String filename, long fileSize) {
        this.fields.putAll(fields);
        this.file = file;
        this.filename = filename;
        this.fileSize = fileSize;
        this.head = buildHead();
        this.tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    long contentLength() {
        return head.length + fileSize + tail.length;
    }

    /** Bytes of the body before the file's first byte: progress counts only the file's own bytes. */
    int headLength() {
        return head.length;
    }

    /** A fresh publisher over the same bytes; each attempt needs its own. */
    BodyPublisher publisher() throws FileNotFoundException {
        return BodyPublishers.concat(BodyPublishers.ofByteArray(head), BodyPublishers.ofFile(file),
                BodyPublishers.ofByteArray(tail));
    }

    private byte[] buildHead() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // Text fields first, so that a server can check the purpose before the file arrives.
        fields.forEach((name, value) -> {
            write(out, "--" + boundary + "\r\n");
            write(out, "Content-Disposition: form-data; name=\"" + quote(name) + "\"\r\n\r\n");
            write(out, value + "\r\n");
        });
        write(out, "--" + boundary + "\r\n");
        write(out, "Content-Disposition: form-data; name=\"file\"; filename=\"" + quote(filename) + "\"\r\n");
        write(out, "Content-Type: " + mediaType(filename) + "\r\n\r\n");
        return out.toByteArray();
    }

    /**
     * Escapes a name as browsers do for form data (WHATWG): UTF-8 bytes as they are, only the quote
     * and line breaks percent-encoded. Multipart parsers in Python, Node and Java all read this form.
     */
    static String quote(String name) {
        return name.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String mediaType(String filename) {
        String lower = filename.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        String ext = dot < 0 ? "" : lower.substring(dot + 1);
        return switch (ext) {
            case "jsonl" -> "application/jsonl";
            case "json" -> "application/json";
            case "csv" -> "text/csv";
            case "txt", "md" -> "text/plain";
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "gif" -> "image/gif";
            case "webp" -> "image/webp";
            case "pdf" -> "application/pdf";
            default -> "application/octet-stream";
        };
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String randomBoundary() {
        StringBuilder sb = new StringBuilder("FileDeckBoundary");
        for (int i = 0; i < 24; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    static long sizeOf(Path file) throws java.io.IOException {
        return Files.size(file);
    }
}
