package dev.filedeck.sandbox;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A misbehaviour the sandbox can be told to show, so a client's error handling can be tested against a real
 * socket. Arm one with {@link Faults#add(FaultRule)}.
 *
 * <p>{@link Delay}, {@link DropConnection} and {@link Redirect} act like the network or a proxy in front of the
 * API: they apply before the API key is checked. {@link Answer} and {@link TruncateAfter} act like the API
 * itself: they apply only to requests whose key is right (a rejected request does not use them up).
 */
public sealed interface Fault permits Fault.Answer, Fault.Delay, Fault.TruncateAfter, Fault.DropConnection, Fault.Redirect {

    /** A canned answer. A null body means an OpenAI-shaped JSON error for the status. */
    record Answer(int status, Map<String, String> headers, String body) implements Fault {
        public Answer {
            if (status < 200 || status > 599) {
                throw new IllegalArgumentException("not a final HTTP status: " + status);
            }
            headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers == null ? Map.of() : headers));
        }
    }

    /** Waits, then handles the request normally. */
    record Delay(Duration duration) implements Fault {
        public Delay {
            if (duration.isNegative()) {
                throw new IllegalArgumentException("negative delay: " + duration);
            }
        }
    }

    /** Handles the request normally but announces the full length and hangs up after this many body bytes. */
    record TruncateAfter(long bytes) implements Fault {
        public TruncateAfter {
            if (bytes < 0) {
                throw new IllegalArgumentException("negative byte count: " + bytes);
            }
        }
    }

    /** Closes the connection without any answer. */
    record DropConnection() implements Fault {
    }

    /** Answers a redirect to the location, e.g. a presigned URL on another host. */
    record Redirect(int status, String location) implements Fault {
        public Redirect {
            if (status < 300 || status > 399) {
                throw new IllegalArgumentException("not a redirect status: " + status);
            }
            Objects.requireNonNull(location, "location");
        }
    }

    /** An answer with exactly this status, headers and body (a null body: an OpenAI error JSON for the status). */
    static Fault status(int status, Map<String, String> headers, String body) {
        return new Answer(status, headers, body);
    }

    /** An OpenAI-shaped JSON error for the status, e.g. 429 rate_limit_exceeded or 500 server_error. */
    static Fault status(int status) {
        return new Answer(status, Map.of(), null);
    }

    /** 429 with a Retry-After header (seconds, or an HTTP date). */
    static Fault rateLimited(String retryAfterSeconds) {
        return new Answer(429, Map.of("Retry-After", retryAfterSeconds), null);
    }

    /** An HTML error page, as a reverse proxy or gateway sends it. */
    static Fault htmlError(int status) {
        String title = status + " " + ErrorBodies.reasonPhrase(status);
        String html = "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
                + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
        return new Answer(status, Map.of("Content-Type", "text/html; charset=utf-8"), html);
    }

    /** A plain-text error body. */
    static Fault plainText(int status, String text) {
        return new Answer(status, Map.of("Content-Type", "text/plain; charset=utf-8"), text);
    }

    /** 200 with a JSON content type and a body that is cut off in the middle. */
    static Fault malformedJson() {
        return new Answer(200, Map.of("Content-Type", "application/json"), "{\"object\":\"list\",\"data\":[{\"id\":");
    }

    static Fault delay(Duration d) {
        return new Delay(d);
    }

    static Fault truncateAfter(long bytes) {
        return new TruncateAfter(bytes);
    }

    static Fault dropConnection() {
        return new DropConnection();
    }

    static Fault redirect(int status, String location) {
        return new Redirect(status, location);
    }
}
