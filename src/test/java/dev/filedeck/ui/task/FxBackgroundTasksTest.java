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
}
