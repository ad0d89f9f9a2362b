package dev.filedeck.ui.task;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Holds tasks back until the test completes them, in any order, on the test thread: races such as
 * "an old refresh answers after a new one" are reproduced without threads or sleeps. Honours the
 * {@link BackgroundTasks} contract: a cancelled task's work may still run, but it never calls back.
 * Progress reported while a task completes is delivered at once, unless the task was cancelled.
 */
public final class DeferredBackgroundTasks implements BackgroundTasks {

    private final List<Pending<?>> pending = new ArrayList<>();

    @Override
    public <T> TaskHandle run(Callable<? extends T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        Pending<T> task = new Pending<>(work, onSuccess, onFailure);
        pending.add(task);
        return () -> task.cancelled = true;
    }

    @Override
    public <T, P> TaskHandle runWithProgress(ProgressWork<? extends T, P> work, Consumer<? super P> onProgress,
                                             Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        Pending<T>[] self = newHolder();
        Pending<T> task = new Pending<>(() -> work.call(report -> {
            if (!self[0].cancelled) {
                onProgress.accept(report);
            }
        }), onSuccess, onFailure);
        self[0] = task;
        pending.add(task);
        return () -> task.cancelled = true;
    }

    @SuppressWarnings("unchecked")
    private static <T> Pending<T>[] newHolder() {
        return (Pending<T>[]) new Pending<?>[1];
    }

    /** How many tasks were started and not completed yet, cancelled ones included. */
    public int pendingCount() {
        return pending.size();
    }

    /** Whether the task started {@code index}-th among those still pending was cancelled. */
    public boolean isCancelled(int index) {
        return pending.get(index).cancelled;
    }

    /** Runs the task started first among those still pending, and delivers its outcome unless cancelled. */
    public void completeOldest() {
        pending.remove(0).complete();
    }

    /** Runs the task started last, and delivers its outcome unless cancelled. */
    public void completeNewest() {
        pending.remove(pending.size() - 1).complete();
    }

    /** Completes every pending task, oldest first, including tasks started meanwhile. */
    public void completeAll() {
        while (!pending.isEmpty()) {
            completeOldest();
        }
    }

    private static final class Pending<T> {
        private final Callable<? extends T> work;
        private final Consumer<? super T> onSuccess;
        private final Consumer<? super Throwable> onFailure;
        private boolean cancelled;

        Pending(Callable<? extends T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            this.work = work;
            this.onSuccess = onSuccess;
            this.onFailure = onFailure;
        }

        void complete() {
            T value;
            try {
                value = work.call();
            } catch (Exception e) {
                if (!cancelled) {
                    onFailure.accept(e);
                }
                return;
            }
            if (!cancelled) {
                onSuccess.accept(value);
            }
        }
    }
}
