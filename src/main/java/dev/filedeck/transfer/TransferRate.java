package dev.filedeck.transfer;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The speed of one transfer, averaged over the last few seconds so that the figure and the time
 * left do not jump with every network buffer, and the estimated time left. A stall shows as the
 * speed falling towards zero, not as the last speed frozen. Not thread-safe.
 */
public final class TransferRate {

    /** Below this much history a speed is more noise than measurement. */
    private static final long MIN_SPAN_NANOS = Duration.ofMillis(500).toNanos();

    private final LongSupplier nanoTime;
    private final long windowNanos;
    /** Pairs of (time in nanos, bytes done), oldest first; the first one may lie before the window, as its anchor. */
    private final ArrayDeque<long[]> samples = new ArrayDeque<>();

    /**
     * @param nanoTime the time source, {@code System::nanoTime} outside tests
     * @param window how far back the average reaches
     */
    public TransferRate(LongSupplier nanoTime, Duration window) {
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.windowNanos = window.toNanos();
        if (windowNanos < MIN_SPAN_NANOS) {
            throw new IllegalArgumentException("window shorter than " + Duration.ofNanos(MIN_SPAN_NANOS) + ": " + window);
        }
    }

    /** Notes the bytes done now. Fewer bytes than before means the transfer started over (a retry). */
    public void record(long bytesDone) {
        long now = nanoTime.getAsLong();
        if (!samples.isEmpty() && bytesDone < samples.peekLast()[1]) {
            samples.clear();
        }
        samples.addLast(new long[] {now, bytesDone});
        dropBefore(now - windowNanos);
    }

    /** Forgets the history: the next measurement starts afresh. */
    public void reset() {
        samples.clear();
    }

    /** Bytes per second over the window up to now; -1 while there is too little history. */
    public double bytesPerSecond() {
        long now = nanoTime.getAsLong();
        dropBefore(now - windowNanos);
        if (samples.isEmpty()) {
            return -1;
        }
        long[] anchor = samples.peekFirst();
        long span = now - anchor[0];
        if (span < MIN_SPAN_NANOS) {
            return -1;
        }
        return (samples.peekLast()[1] - anchor[1]) * 1e9 / span;
    }

    /** The time to move the rest of {@code totalBytes} at the current speed, in whole seconds rounded up; null when unknown. */
    public Duration timeLeft(long totalBytes) {
        double speed = bytesPerSecond();
        if (totalBytes < 0 || speed <= 0 || samples.isEmpty()) {
            return null;
        }
        long remaining = Math.max(0, totalBytes - samples.peekLast()[1]);
        return Duration.ofSeconds((long) Math.ceil(remaining / speed));
    }

    /** Keeps the last sample at or before {@code start} as the anchor the average is measured from. */
    private void dropBefore(long start) {
        while (samples.size() > 1) {
            long[] first = samples.removeFirst();
            if (samples.peekFirst()[0] > start) {
                samples.addFirst(first);
                return;
            }
        }
    }
}
