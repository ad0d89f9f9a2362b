package dev.filedeck.ui;

import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;

/**
 * Measures how smoothly the FX thread runs: an animation timer is called on every pulse (about 60
 * a second); the longest time between two calls is the longest the UI was frozen.
 */
final class PulseGapRecorder {

    private final AtomicLong longestGapNanos = new AtomicLong();
    private final AtomicLong pulses = new AtomicLong();
    private final AnimationTimer timer = new AnimationTimer() {
        private long last;

        @Override
        public void handle(long now) {
            // `now` is the pulse's timestamp; System.nanoTime() also catches time spent before the pulse started.
            long at = System.nanoTime();
            if (last != 0) {
                longestGapNanos.accumulateAndGet(at - last, Math::max);
            }
            last = at;
            pulses.incrementAndGet();
        }
    };

    /** Call on the FX thread. */
    void start() {
        timer.start();
    }

    /** Call on the FX thread. */
    void stop() {
        timer.stop();
    }

    long longestGapMillis() {
        return longestGapNanos.get() / 1_000_000;
    }

    long pulses() {
        return pulses.get();
    }
}
