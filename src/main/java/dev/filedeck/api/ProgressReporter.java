package dev.filedeck.api;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Passes byte counts on at a bounded rate (the UI needs ten updates a second, not one per buffer).
 * A count held back by the rate limit is delivered a moment later, so a transfer that stalls
 * right after a burst still shows how far it got.
 */
final class ProgressReporter {

    private static final long INTERVAL_NANOS = 50_000_000L;
    private static final ScheduledExecutorService FLUSHER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "filedeck-progress-flush");
        t.setDaemon(true);
        return t;
    });

    private final TransferListener listener;
    private long lastReport;
    private long lastDone = -1;
    private long heldDone = -1;
    private long heldTotal;
    private boolean flushScheduled;

    ProgressReporter(TransferListener listener) {
        this.listener = listener;
    }

    synchronized void report(long done, long total) {
        if (done == lastDone) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastReport >= INTERVAL_NANOS || done == total || lastDone < 0) {
            deliver(now, done, total);
            return;
        }
        heldDone = done;
        heldTotal = total;
        if (!flushScheduled) {
            flushScheduled = true;
            FLUSHER.schedule(this::flush, INTERVAL_NANOS - (now - lastReport), TimeUnit.NANOSECONDS);
        }
    }

    private synchronized void flush() {
        flushScheduled = false;
        if (heldDone >= 0 && heldDone != lastDone) {
            deliver(System.nanoTime(), heldDone, heldTotal);
        }
    }

    private void deliver(long now, long done, long total) {
        lastReport = now;
        lastDone = done;
        heldDone = -1;
        listener.onProgress(done, total);
    }

    /** Always reports, so that the final figure is never swallowed by the rate limit. */
    synchronized void finish(long done, long total) {
        heldDone = -1;
        lastDone = done;
        listener.onProgress(done, total);
    }

    synchronized void restart(long total) {
        lastDone = -1;
        heldDone = -1;
        report(0, total);
    }
}
