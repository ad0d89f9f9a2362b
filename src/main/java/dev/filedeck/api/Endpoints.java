package dev.filedeck.api;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** Builds the URLs of the Files operations from a base URL, escaping ids and query values. */
final class Endpoints {

    private final URI base;
    private final String apiVersion;

    Endpoints(URI base, String apiVersion) {
        this.base = base;
        this.apiVersion = apiVersion;
    }

    URI files(Map<String, String> query) {
        return build("/files", query);
    }

    URI file(String id) {
        return build("/files/" + segment(id), Map.of());
    }

    /** Together's last upload step. */
    URI preprocess(String id) {
        return build("/files/" + segment(id) + "/preprocess", Map.of());
    }

    URI content(String id) {
        return build("/files/" + segment(id) + "/content", Map.of());
    }

    private URI build(String path, Map<String, String> query) {
        Map<String, String> all = new LinkedHashMap<>(query);
        if (apiVersion != null) {
            all.put("api-version", apiVersion);
        }
        StringJoiner joined = new StringJoiner("&", "?", "");
        joined.setEmptyValue("");
        all.forEach((name, value) -> {
            if (value != null) {
                joined.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return URI.create(base.toString() + path + joined);
    }

    /** Percent-encodes everything but RFC 3986's unreserved characters, so an id can never change the path. */
    static String segment(String id) {
        StringBuilder out = new StringBuilder();
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16))).append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        String encoded = out.toString();
        // "." and ".." are unreserved but would be resolved as path steps.
        return encoded.equals(".") ? "%2E" : encoded.equals("..") ? "%2E%2E" : encoded;
    }
}
