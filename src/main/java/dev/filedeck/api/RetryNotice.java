package dev.filedeck.api;

import java.time.Duration;

/**
 * One automatic retry about to happen.
 *
 * @param attempt the retry's number, from 1
 * @param maxRetries how many retries the policy allows
 * @param delay the pause before the retry
 * @param status the HTTP status that caused it, or 0 for a connection error or timeout
 * @param reason what went wrong, in words
 * @param requestId the server's x-request-id of the failed attempt, if any
 */
public record RetryNotice(int attempt, int maxRetries, Duration delay, int status, String reason, String requestId) {

    /** A short line for a status bar: "rate limited, retrying in 4 s". */
    public String describe() {
        long seconds = Math.max(1, (delay.toMillis() + 999) / 1000);
        return reason + ", retrying in " + seconds + " s";
    }
}
