package dev.filedeck.connection;

import java.util.List;

/**
 * What "Test connection" found, in words for the person.
 *
 * @param outcome what kind of answer it was
 * @param headline one short sentence: "Connected", "The key was refused (401)"
 * @param detail what it means and what to do
 * @param warnings things that work but deserve a look (a key sent over plain http)
 * @param requestId the server's x-request-id, when it gave one
 */
public record ConnectionCheck(Outcome outcome, String headline, String detail, List<String> warnings, String requestId) {

    public ConnectionCheck {
        warnings = List.copyOf(warnings);
    }

    /** The kinds of answers a test can get. */
    public enum Outcome {
        OK, BAD_KEY, FORBIDDEN, NOT_FOUND, TLS, TIMEOUT, UNREACHABLE, NOT_A_FILES_API, NO_FILES_API, INVALID_SETTINGS, FAILED
    }

    public boolean ok() {
        return outcome == Outcome.OK;
    }
}
