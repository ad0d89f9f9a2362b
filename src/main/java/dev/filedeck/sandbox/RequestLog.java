package dev.filedeck.sandbox;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The most recent requests a server handled, oldest first; bounded so a long session does not grow it. */
public final class RequestLog {

    static final int CAPACITY = 2000;
    static final String REDACTED = "<redacted>";
    private static final Set<String> CREDENTIAL_HEADERS = Set.of("authorization", "api-key", "proxy-authorization");

    /** One request's place in the log; its entry is replaced as the request's answer completes. */
    static final class Slot {
        private volatile RecordedRequest request;

        private Slot(RecordedRequest request) {
            this.request = request;
        }

        void update(RecordedRequest updated) {
            request = updated;
        }

        RecordedRequest request() {
            return request;
        }
    }

    private final ArrayDeque<Slot> entries = new ArrayDeque<>();

    /** Each server owns its log; see {@link SandboxServer#requests()}. */
    RequestLog() {
    }

    public synchronized List<RecordedRequest> all() {
        return entries.stream().map(Slot::request).toList();
    }

    public synchronized void clear() {
        entries.clear();
    }

    synchronized Slot add(RecordedRequest request) {
        if (entries.size() == CAPACITY) {
            entries.removeFirst();
        }
        Slot slot = new Slot(request);
        entries.addLast(slot);
        return slot;
    }

    /** Request headers as the log keeps them: names in lower case, credential values replaced. */
    static Map<String, List<String>> redact(Map<String, List<String>> headers) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            List<String> values = new ArrayList<>(copy.getOrDefault(name, List.of()));
            for (String value : header.getValue()) {
                values.add(CREDENTIAL_HEADERS.contains(name) ? REDACTED : value);
            }
            copy.put(name, List.copyOf(values));
        }
        return copy;
    }
}
