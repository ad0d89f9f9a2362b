package dev.filedeck.sandbox;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Builds multipart/form-data bodies by hand, so tests control every byte of the part headers. */
final class Multipart {

    private final String boundary = "----FileDeckTestBoundary7MA4YWxkTrZu0gW";
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    Multipart field(String name, String value) {
        part("Content-Disposition: form-data; name=\"" + name + "\"", value.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** A file part with {@code filename="…"} in raw UTF-8, as browsers and curl send it. */
    Multipart file(String filename, byte[] content) {
        return fileWithDisposition("form-data; name=\"file\"; filename=\"" + filename + "\"", content);
    }

    /** A file part with an ASCII fallback and {@code filename*=UTF-8''…} (RFC 5987). */
    Multipart fileExtended(String fallback, String filename, byte[] content) {
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        String disposition = "form-data; name=\"file\"" + (fallback == null ? "" : "; filename=\"" + fallback + "\"")
                + "; filename*=UTF-8''" + encoded;
        return fileWithDisposition(disposition, content);
    }

    Multipart fileWithDisposition(String disposition, byte[] content) {
        part("Content-Disposition: " + disposition + "\r\nContent-Type: application/octet-stream", content);
        return this;
    }

    private void part(String headers, byte[] content) {
        write("--" + boundary + "\r\n" + headers + "\r\n\r\n");
        body.writeBytes(content);
        write("\r\n");
    }

    private void write(String s) {
        body.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    byte[] bytes() {
        ByteArrayOutputStream done = new ByteArrayOutputStream();
        done.writeBytes(body.toByteArray());
        done.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return done.toByteArray();
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }
}
