package dev.filedeck.ui.task;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LatestOnlyTest {

    private final DeferredBackgroundTasks tasks = new DeferredBackgroundTasks();
    private final LatestOnly latest = new LatestOnly(tasks);
    private final List<String> delivered = new ArrayList<>();

    @Test
    void aNewTaskCancelsTheOneBefore() {
        latest.run(() -> "old", delivered::add, e -> delivered.add("failed"));
        latest.run(() -> "new", delivered::add, e -> delivered.add("failed"));

        assertTrue(tasks.isCancelled(0));
        assertFalse(tasks.isCancelled(1));
        tasks.completeAll();
        assertEquals(List.of("new"), delivered);
    }

    @Test
    void anOldTaskFinishingLastChangesNothing() {
        latest.run(() -> "old", delivered::add, e -> delivered.add("failed"));
        latest.run(() -> "new", delivered::add, e -> delivered.add("failed"));

        tasks.completeNewest();
        tasks.completeOldest();

        assertEquals(List.of("new"), delivered);
    }

    @Test
    void anOldFailureIsIgnoredToo() {
        latest.<String>run(() -> {
            throw new IllegalStateException("old");
        }, delivered::add, e -> delivered.add("failed: " + e.getMessage()));
        latest.run(() -> "new", delivered::add, e -> delivered.add("failed"));

        tasks.completeAll();

        assertEquals(List.of("new"), delivered);
    }

    @Test
    void isRunningUntilTheTaskDeliversOrIsCancelled() {
        assertFalse(latest.isRunning());
        latest.run(() -> "a", delivered::add, e -> { });
        assertTrue(latest.isRunning());
        tasks.completeAll();
        assertFalse(latest.isRunning());

        latest.run(() -> "b", delivered::add, e -> { });
        latest.cancel();
        assertFalse(latest.isRunning());
        tasks.completeAll();
        assertEquals(List.of("a"), delivered);
    }

    @Test
    void worksWithAnExecutorThatCallsBackAtOnce() {
        LatestOnly immediate = new LatestOnly(new ImmediateBackgroundTasks());
        immediate.run(() -> "now", delivered::add, e -> { });
        assertEquals(List.of("now"), delivered);
        assertFalse(immediate.isRunning());
    }

    @Test
    void progressOfASupersededTaskIsDropped() {
        List<String> progress = new ArrayList<>();
        latest.<String, String>runWithProgress(report -> {
            report.accept("old 1");
            return "old";
        }, progress::add, delivered::add, e -> delivered.add("failed"));
        latest.<String, String>runWithProgress(report -> {
            report.accept("new 1");
            return "new";
        }, progress::add, delivered::add, e -> delivered.add("failed"));

        tasks.completeAll();

        assertEquals(List.of("new 1"), progress);
        assertEquals(List.of("new"), delivered);
    }
}
