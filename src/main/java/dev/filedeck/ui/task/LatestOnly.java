package dev.filedeck.ui.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs tasks of one kind (a list refresh, a search) where each new task supersedes the one before:
 * the older task is cancelled, so its late result can never overwrite a newer one. Use on the UI
 * thread only.
 */
public final class LatestOnly {

    private final BackgroundTasks tasks;
    private TaskHandle current;

    public LatestOnly(BackgroundTasks tasks) {
        this.tasks = tasks;
    }

    public <T> void run(Callable<? extends T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        cancel();
        Token mine = new Token();
        current = mine;
        // The identity check is a second guard, should an executor ever deliver after a cancel.
        mine.handle = tasks.run(work,
                value -> {
                    if (current == mine) {
                        current = null;
                        onSuccess.accept(value);
                    }
                },
                error -> {
                    if (current == mine) {
                        current = null;
                        onFailure.accept(error);
                    }
                });
    }

    /** Like {@link #run}, for work that reports progress; progress of a superseded task is dropped too. */
    public <T, P> void runWithProgress(ProgressWork<? extends T, P> work, Consumer<? super P> onProgress,
                                       Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        cancel();
        Token mine = new Token();
        current = mine;
        mine.handle = tasks.runWithProgress(work,
                report -> {
                    if (current == mine) {
                        onProgress.accept(report);
                    }
                },
                value -> {
                    if (current == mine) {
                        current = null;
                        onSuccess.accept(value);
                    }
                },
                error -> {
                    if (current == mine) {
                        current = null;
                        onFailure.accept(error);
                    }
                });
    }

    /** Cancels the running task, if any. */
    public void cancel() {
        if (current != null) {
            current.cancel();
            current = null;
        }
    }

    /** Whether a task started here has not delivered yet. */
    public boolean isRunning() {
        return current != null;
    }

    /** A handle known before the executor hands one back (a synchronous executor calls back inside run). */
    private static final class Token implements TaskHandle {
        private TaskHandle handle;

        @Override
        public void cancel() {
            if (handle != null) {
                handle.cancel();
            }
        }
    }
}
