package dev.filedeck.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Coalescing: at most one value per interval, never losing the latest, urgent values at once. */
class UpdateThrottleTest {

    private static final long INTERVAL = Duration.ofMillis(100).toNanos();

    private final FakeNanoClock clock = new FakeNanoClock();
    private final List<String> emitted = new ArrayList<>();
    /** Scheduled flushes, with the time they are due. */
    private final List<long[]> dueTimes = new ArrayList<>();
    private final List<Runnable> scheduled = new ArrayList<>();
    private final UpdateThrottle<String> throttle = new UpdateThrottle<>(INTERVAL, clock, (task, delay) -> {
        scheduled.add(task);
        dueTimes.add(new long[] {clock.getAsLong() + delay});
    }, emitted::add);

    /** Moves the clock on and runs the flushes that became due, as the timer thread would. */
    private void advance(long millis) {
        clock.advanceMillis(millis);
        for (int i = 0; i < scheduled.size(); i++) {
            if (dueTimes.get(i)[0] <= clock.getAsLong()) {
                Runnable task = scheduled.remove(i);
                dueTimes.remove(i);
                i--;
                task.run();
            }
        }
    }

    @Test
    void theFirstValueGoesAtOnceAndTheLatestOfABurstFollowsAfterTheInterval() {
        throttle.offer("10%", false);
        advance(20);
        throttle.offer("20%", false);
        advance(20);
        throttle.offer("30%", false);

        assertEquals(List.of("10%"), emitted);
        advance(59);
        assertEquals(List.of("10%"), emitted);
        advance(1);
        assertEquals(List.of("10%", "30%"), emitted);
        assertTrue(scheduled.isEmpty());
    }

    @Test
    void urgentValuesGoAtOnceAndReplaceWhatWaited() {
        throttle.offer("10%", false);
        advance(10);
        throttle.offer("20%", false);
        throttle.offer("FAILED", true);
        advance(200);

        assertEquals(List.of("10%", "FAILED"), emitted);
    }

    @Test
    void anUrgentValueRestartsTheInterval() {
        throttle.offer("10%", false);
        advance(90);
        throttle.offer("RETRYING", true);
        throttle.offer("11%", false);
        advance(10); // the flush planned for the first interval comes, but too soon after the urgent value
        assertEquals(List.of("10%", "RETRYING"), emitted);

        advance(90);
        assertEquals(List.of("10%", "RETRYING", "11%"), emitted);
    }

    @Test
    void aSecondOfReportsEveryMillisecondGivesAboutTenUpdates() {
        for (int ms = 0; ms < 1000; ms++) {
            throttle.offer("at " + ms, false);
            advance(1);
        }
        advance(100);

        assertTrue(emitted.size() <= 11, "coalesced: " + emitted.size());
        assertTrue(emitted.size() >= 9, "but not starved: " + emitted.size());
        assertEquals("at 999", emitted.get(emitted.size() - 1));
    }
}
