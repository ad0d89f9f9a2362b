package dev.filedeck.ui.task;

import javafx.concurrent.Task;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * {@link BackgroundTasks} over {@code javafx.concurrent.Task}: work runs on daemon worker threads,
 * outcomes arrive on the FX application thread.
 */
public final class FxBackgroundTasks implements BackgroundTasks, AutoCloseable {

    private final ExecutorService workers = Executors.newCachedThreadPool(new DaemonThreads("filedeck-worker-"));

    @Override
    public <T> TaskHandle run(Callable<? extends T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        CancellableTask<T> task = new CancellableTask<>(work);
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
