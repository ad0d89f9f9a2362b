package dev.filedeck.ui.task;

import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FxBackgroundTasksTest {

    private final FxBackgroundTasks tasks = new FxBackgroundTasks();

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeTasks() {
        tasks.close();
    }

    @Test
    void runsWorkOffTheFxThreadAndDeliversOnIt() throws Exception {
        CompletableFuture<Boolean> workOnFxThread = new CompletableFuture<>();
        CompletableFuture<Boolean> deliveredOnFxThread = new CompletableFuture<>();

        Platform.runLater(() -> tasks.run(() -> {
            workOnFxThread.complete(Platform.isFxApplicationThread());
            return "done";
        }, value -> deliveredOnFxThread.complete(Platform.isFxApplicationThread()), deliveredOnFxThread::completeExceptionally));

        assertFalse(workOnFxThread.get(5, TimeUnit.SECONDS));
        assertTrue(deliveredOnFxThread.get(5, TimeUnit.SECONDS));
    }

    @Test
    void deliversTheFailureItself() throws Exception {
        CompletableFuture<Throwable> failure = new CompletableFuture<>();
        IllegalStateException thrown = new IllegalStateException("no");

        Platform.runLater(() -> tasks.run(() -> {
            throw thrown;
        }, value -> failure.complete(null), failure::complete));

        assertEquals(thrown, failure.get(5, TimeUnit.SECONDS));
    }

    @Test
    void aTaskCancelledAfterItsWorkFinishedNeverCallsBack() throws Exception {
        List<String> delivered = new CopyOnWriteArrayList<>();
        CountDownLatch workDone = new CountDownLatch(1);

        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            TaskHandle handle = tasks.run(() -> {
                workDone.countDown();
                return "stale";
            }, delivered::add, e -> delivered.add("failed"));
            // Holding the FX thread until the work is done: its success is queued behind this block.
            assertTrue(workDone.await(5, TimeUnit.SECONDS));
            handle.cancel();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(), delivered);
    }

    @Test
    void deliversProgressOnTheFxThreadAtABoundedRateEndingWithTheLatest() throws Exception {
        List<Integer> delivered = new CopyOnWriteArrayList<>();
        List<Boolean> threads = new CopyOnWriteArrayList<>();
        CountDownLatch reported = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<String> outcome = new CompletableFuture<>();

        Platform.runLater(() -> tasks.<String, Integer>runWithProgress(progress -> {
            for (int i = 1; i <= 100_000; i++) {
                progress.accept(i);
            }
            reported.countDown();
            assertTrue(finish.await(5, TimeUnit.SECONDS));
            return "done";
        }, value -> {
            delivered.add(value);
            threads.add(Platform.isFxApplicationThread());
        }, outcome::complete, outcome::completeExceptionally));

        assertTrue(reported.await(5, TimeUnit.SECONDS));
        // The work now pauses: the last report must still arrive, not wait for another one.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !delivered.isEmpty() && delivered.get(delivered.size() - 1) == 100_000);
        finish.countDown();
        assertEquals("done", outcome.get(5, TimeUnit.SECONDS));

        assertTrue(delivered.size() < 50, "100,000 reports coalesced into " + delivered.size() + " deliveries");
        assertTrue(threads.stream().allMatch(Boolean::booleanValue), "delivered on the FX thread");
        for (int i = 1; i < delivered.size(); i++) {
            assertTrue(delivered.get(i) > delivered.get(i - 1), "in order: " + delivered);
        }
    }

    @Test
    void noProgressAfterACancel() throws Exception {
        List<Integer> delivered = new CopyOnWriteArrayList<>();
        CountDownLatch cancelled = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        TaskHandle[] handle = new TaskHandle[1];

        WaitForAsyncUtils.waitForAsyncFx(5000, () -> handle[0] = tasks.<String, Integer>runWithProgress(progress -> {
            try {
                cancelled.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                // cancel interrupts: report anyway, as work that ignores interrupts would
            }
            progress.accept(1);
            done.countDown();
            return "late";
        }, delivered::add, value -> delivered.add(-1), error -> delivered.add(-2)));
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            handle[0].cancel();
            return null;
        });
        cancelled.countDown();
        assertTrue(done.await(5, TimeUnit.SECONDS));
        // A first report is handed to the FX thread at once, so it is queued by now.
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(), delivered);
    }
}
