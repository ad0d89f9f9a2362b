package dev.filedeck.sandbox;

import java.util.List;
import java.util.Map;

/**
 * One request as the sandbox saw it.
 *
 * @param method            the HTTP method
 * @param path              the full path, prefix included
 * @param query             the raw query string, or null
 * @param headers           request headers, names in lower case, credentials replaced by {@code <redacted>}
 * @param status            the status answered, or 0 when the connection was dropped without an answer
 * @param requestBodyBytes  request body bytes read
 * @param responseBodyBytes response body bytes written to the client, even if it hung up early
 */
public record RecordedRequest(String method, String path, String query, Map<String, List<String>> headers, int status,
                              long requestBodyBytes, long responseBodyBytes) {

    public RecordedRequest {
        headers = Map.copyOf(headers);
    }

    /** The first value of a header (name in any case), or null. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
