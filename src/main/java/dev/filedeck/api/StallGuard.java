package dev.filedeck.api;

import java.time.Duration;

/**
 * Notices a transfer that stopped moving. A whole-request timeout would kill a large upload on a
 * slow line; what matters is whether bytes still move, and, once the body is sent, whether the
 * answer comes in reasonable time.
 */
final class StallGuard {

    private final long stallNanos;
    private final long answerNanos;
    private volatile long lastProgress = System.nanoTime();
    private volatile boolean bodySent;
    private volatile boolean tripped;

    StallGuard(Duration stallTimeout, Duration answerTimeout) {
        this.stallNanos = stallTimeout.toNanos();
        this.answerNanos = answerTimeout.toNanos();
    }

    void progressed() {
        lastProgress = System.nanoTime();
    }

    /** The whole request body is out; from now on the server has {@code answerTimeout} to answer. */
    void bodySent() {
        if (!bodySent) {
            bodySent = true;
            lastProgress = System.nanoTime();
        }
    }

    void reset() {
        bodySent = false;
        tripped = false;
        lastProgress = System.nanoTime();
    }

    /** Checks the clock; true once the transfer is judged stalled. */
    boolean check() {
        long idle = System.nanoTime() - lastProgress;
        if (idle > (bodySent ? Math.max(answerNanos, stallNanos) : stallNanos)) {
            tripped = true;
        }
        return tripped;
    }

    boolean tripped() {
        return tripped;
    }

    Duration stallTimeout() {
        return Duration.ofNanos(stallNanos);
    }
}
