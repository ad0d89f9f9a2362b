package dev.filedeck.api;

/** Passes byte counts on at a bounded rate (the UI needs ten updates a second, not one per buffer). */
final class ProgressReporter {

    private static final long INTERVAL_NANOS = 50_000_000L;

    private final TransferListener listener;
    private long lastReport;
    private long lastDone = -1;

    ProgressReporter(TransferListener listener) {
        this.listener = listener;
    }

    synchronized void report(long done, long total) {
        long now = System.nanoTime();
        if (done == lastDone) {
            return;
        }
        if (now - lastReport >= INTERVAL_NANOS || done == total || lastDone < 0) {
            lastReport = now;
            lastDone = done;
            listener.onProgress(done, total);
        }
    }

    /** Always reports, so that the final figure is never swallowed by the rate limit. */
    synchronized void finish(long done, long total) {
        lastDone = done;
        listener.onProgress(done, total);
    }

    synchronized void restart(long total) {
        lastDone = -1;
        report(0, total);
    }
}
