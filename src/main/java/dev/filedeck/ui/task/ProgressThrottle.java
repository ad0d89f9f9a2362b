package dev.filedeck.ui.task;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Passes progress reports from a worker thread to the UI thread at most once per interval, always
 * ending with the latest report: a walk that reports per file must not flood the event queue, yet
 * the last figure before a long pause must not be lost either.
 */
final class ProgressThrottle<P> implements Consumer<P> {

    private final long intervalNanos;
    private final ScheduledExecutorService timer;
    private final Consumer<Runnable> uiThread;
    private final Consumer<? super P> deliver;
    private final AtomicReference<P> latest = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile long lastDelivery = System.nanoTime() - Long.MAX_VALUE / 2;

    /**
     * @param uiThread runs a runnable on the UI thread (Platform::runLater)
     * @param deliver called on the UI thread with the latest report
     */
    ProgressThrottle(long intervalMillis, ScheduledExecutorService timer, Consumer<Runnable> uiThread, Consumer<? super P> deliver) {
        this.intervalNanos = TimeUnit.MILLISECONDS.toNanos(intervalMillis);
        this.timer = timer;
        this.uiThread = uiThread;
        this.deliver = deliver;
    }

    /** Called on the worker thread. */
    @Override
    public void accept(P report) {
        latest.set(report);
        if (scheduled.compareAndSet(false, true)) {
            long wait = Math.max(0, lastDelivery + intervalNanos - System.nanoTime());
            if (wait == 0) {
                uiThread.accept(this::deliverLatest);
            } else {
                timer.schedule(() -> uiThread.accept(this::deliverLatest), wait, TimeUnit.NANOSECONDS);
            }
        }
    }

    private void deliverLatest() {
        lastDelivery = System.nanoTime();
        // Cleared before reading: a report arriving meanwhile schedules the next delivery itself.
        scheduled.set(false);
        P report = latest.getAndSet(null);
        if (report != null) {
            deliver.accept(report);
        }
    }
}
