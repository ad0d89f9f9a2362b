package dev.filedeck.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ProgressReporterTest {

    @Test
    void aCountHeldBackByTheRateLimitIsStillDelivered() throws Exception {
        List<Long> seen = new CopyOnWriteArrayList<>();
        ProgressReporter reporter = new ProgressReporter(new TransferListener() {
            @Override
            public void onProgress(long done, long total) {
                seen.add(done);
            }
        });
        reporter.restart(1000);
        reporter.report(10, 1000);
        reporter.report(20, 1000);
        reporter.report(300, 1000); // a burst, then the line stalls
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (!seen.contains(300L) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertTrue(seen.contains(300L), "the last count arrives although nothing follows it: " + seen);
        assertTrue(seen.size() <= 3, "the burst is not reported buffer by buffer: " + seen);
        assertEquals(0L, seen.get(0));
    }
}
