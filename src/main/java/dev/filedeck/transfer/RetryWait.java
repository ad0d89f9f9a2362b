package dev.filedeck.transfer;

/**
 * An automatic retry the transfer is waiting for, counted down while it waits.
 *
 * @param reason what went wrong, in words: "rate limited", "server error 503", …
 * @param secondsLeft whole seconds until the retry, rounded up; 0 once it is due
 * @param attempt the retry's number, from 1
 * @param maxRetries how many retries the policy allows
 */
public record RetryWait(String reason, long secondsLeft, int attempt, int maxRetries) {

    /** "rate limited, retrying in 4 s", as the client's own notice words it. */
    public String describe() {
        return secondsLeft > 0 ? reason + ", retrying in " + secondsLeft + " s" : reason + ", retrying now";
    }
}
