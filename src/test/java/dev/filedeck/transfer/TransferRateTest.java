package dev.filedeck.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Speed and time left, measured against a clock the test moves. */
class TransferRateTest {

    private static final long MB = 1_000_000;

    private final FakeNanoClock clock = new FakeNanoClock();
    private final TransferRate rate = new TransferRate(clock, Duration.ofSeconds(3));

    /** Feeds a steady speed for a while, in reports every 100 ms as the client sends them. */
    private long steady(long fromBytes, long bytesPerSecond, Duration howLong) {
        long bytes = fromBytes;
        for (long t = 0; t < howLong.toMillis(); t += 100) {
            clock.advanceMillis(100);
            bytes += bytesPerSecond / 10;
            rate.record(bytes);
        }
        return bytes;
    }

    @Test
    void unknownUntilHalfASecondOfHistory() {
        rate.record(0);
        clock.advanceMillis(200);
        rate.record(MB);

        assertEquals(-1, rate.bytesPerSecond());
        assertNull(rate.timeLeft(10 * MB));
    }

    @Test
    void steadySpeedAndTimeLeft() {
        rate.record(0);
        long done = steady(0, 2 * MB, Duration.ofSeconds(5));

        assertEquals(10 * MB, done);
        assertEquals(2 * MB, rate.bytesPerSecond(), 1);
        // 30 MB left at 2 MB/s.
        assertEquals(Duration.ofSeconds(15), rate.timeLeft(40 * MB));
    }

    @Test
    void timeLeftRoundsUpToWholeSeconds() {
        rate.record(0);
        steady(0, 3 * MB, Duration.ofSeconds(4));

        // 12 MB done, 10 MB left at 3 MB/s: 3.33 s, shown as 4 s rather than a too-hopeful 3.
        assertEquals(Duration.ofSeconds(4), rate.timeLeft(22 * MB));
    }

    @Test
    void followsAChangeOfSpeedWithinTheWindow() {
        rate.record(0);
        long done = steady(0, MB, Duration.ofSeconds(10));
        steady(done, 4 * MB, Duration.ofSeconds(3));

        assertEquals(4 * MB, rate.bytesPerSecond(), 1);
    }

    @Test
    void smoothsBurstsOverTheWindow() {
        rate.record(0);
        // 3 MB in one burst, then nothing for 1.5 s: averaged, not 30 MB/s and then zero.
        clock.advanceMillis(100);
        rate.record(3 * MB);
        clock.advanceMillis(1400);

        assertEquals(2 * MB, rate.bytesPerSecond(), 1);
    }

    @Test
    void aStallLetsTheSpeedFallToZeroAndTheTimeLeftBecomeUnknown() {
        rate.record(0);
        steady(0, 5 * MB, Duration.ofSeconds(4));
        clock.advance(Duration.ofSeconds(10));

        assertEquals(0, rate.bytesPerSecond());
        assertNull(rate.timeLeft(100 * MB));
    }

    @Test
    void startingOverAfterARetryForgetsTheOldHistory() {
        rate.record(0);
        steady(0, 5 * MB, Duration.ofSeconds(4));

        rate.record(0); // the retry begins again from the first byte
        assertEquals(-1, rate.bytesPerSecond());
        steady(0, MB, Duration.ofSeconds(2));
        assertEquals(MB, rate.bytesPerSecond(), 1);
    }

    @Test
    void unknownTotalHasNoTimeLeft() {
        rate.record(0);
        steady(0, MB, Duration.ofSeconds(2));

        assertNull(rate.timeLeft(-1));
    }
}
