package dev.filedeck.ui.task;

import javafx.application.Platform;
import javafx.concurrent.Task;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * {@link BackgroundTasks} over {@code javafx.concurrent.Task}: work runs on daemon worker threads,
 * outcomes arrive on the FX application thread.
 */
public final class FxBackgroundTasks implements BackgroundTasks, AutoCloseable {

    /** Progress reaches the UI at most ten times a second: enough to look live, little enough to stay cheap. */
    static final long PROGRESS_INTERVAL_MILLIS = 100;

    private final ExecutorService workers = Executors.newCachedThreadPool(new DaemonThreads("filedeck-worker-"));
    private final ScheduledExecutorService progressTimer = Executors.newSingleThreadScheduledExecutor(new DaemonThreads("filedeck-progress-"));

    @Override
    public <T> TaskHandle run(Callable<? extends T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        CancellableTask<T> task = new CancellableTask<>(work);
        return start(task, onSuccess, onFailure);
    }

    @Override
    public <T, P> TaskHandle runWithProgress(ProgressWork<? extends T, P> work, Consumer<? super P> onProgress,
                                             Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        AtomicReference<CancellableTask<T>> task = new AtomicReference<>();
        // Checked on the FX thread at delivery: nothing after the outcome or a cancel.
        ProgressThrottle<P> throttle = new ProgressThrottle<>(PROGRESS_INTERVAL_MILLIS, progressTimer, Platform::runLater, report -> {
            if (!task.get().cancelledByCaller && !task.get().isDone()) {
                onProgress.accept(report);
            }
        });
        task.set(new CancellableTask<>(() -> work.call(throttle)));
        return start(task.get(), onSuccess, onFailure);
    }

    private <T> TaskHandle start(CancellableTask<T> task, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        task.setOnSucceeded(event -> {
            if (!task.cancelledByCaller) {
                onSuccess.accept(task.getValue());
            }
        });
        task.setOnFailed(event -> {
            if (!task.cancelledByCaller) {
                onFailure.accept(task.getException());
            }
        });
        workers.execute(task);
        return task::cancelByCaller;
    }

    /** Interrupts running work; the workers are daemons, so this is a courtesy, not a must, at exit. */
    @Override
    public void close() {
        workers.shutdownNow();
        progressTimer.shutdownNow();
    }

    private static final class CancellableTask<T> extends Task<T> {
        private final Callable<? extends T> work;
        // Read and written on the FX thread only. Task.cancel alone is not enough: once the work has
        // returned, its success event is already queued and a cancel no longer stops it.
        private boolean cancelledByCaller;

        CancellableTask(Callable<? extends T> work) {
            this.work = work;
        }

        @Override
        protected T call() throws Exception {
            return work.call();
        }

        void cancelByCaller() {
            cancelledByCaller = true;
            cancel(true);
        }
    }

    private static final class DaemonThreads implements ThreadFactory {
        private final String prefix;
        private final AtomicInteger count = new AtomicInteger();

        DaemonThreads(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            // Never keep the JVM alive after the window closed.
            thread.setDaemon(true);
            return thread;
        }
    }
}
