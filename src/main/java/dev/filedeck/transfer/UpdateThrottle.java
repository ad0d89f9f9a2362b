package dev.filedeck.transfer;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Passes a stream of values on at most once per interval, always ending with the latest one: a
 * value that comes too soon waits, and is replaced by any newer one, until the interval is over.
 * Urgent values (state changes) go at once and replace whatever waited. Thread-safe; values are
 * emitted in the order they were offered.
 *
 * @param <T> the values, such as transfer snapshots
 */
final class UpdateThrottle<T> {

    /** Runs a task after a delay, on some other thread. */
    @FunctionalInterface
    interface Scheduler {
        void schedule(Runnable task, long delayNanos);
    }

    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final Scheduler scheduler;
    private final Consumer<T> emit;

    private boolean emittedBefore;
    private long lastEmit;
    private T pending;
    private boolean flushScheduled;

    UpdateThrottle(long intervalNanos, LongSupplier nanoTime, Scheduler scheduler, Consumer<T> emit) {
        this.intervalNanos = intervalNanos;
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.emit = Objects.requireNonNull(emit, "emit");
    }

    synchronized void offer(T value, boolean urgent) {
        long now = nanoTime.getAsLong();
        if (urgent || !emittedBefore || now - lastEmit >= intervalNanos) {
            pending = null;
            emitNow(value, now);
            return;
        }
        pending = value;
        scheduleFlush(now);
    }

    private void scheduleFlush(long now) {
        if (!flushScheduled) {
            flushScheduled = true;
            scheduler.schedule(this::flush, Math.max(0, lastEmit + intervalNanos - now));
        }
    }

    private synchronized void flush() {
        flushScheduled = false;
        if (pending == null) {
            return;
        }
        long now = nanoTime.getAsLong();
        if (now - lastEmit < intervalNanos) {
            // An urgent value went out meanwhile and restarted the interval.
            scheduleFlush(now);
            return;
        }
        T value = pending;
        pending = null;
        emitNow(value, now);
    }

    private void emitNow(T value, long now) {
        emittedBefore = true;
        lastEmit = now;
        emit.accept(value);
    }
}
