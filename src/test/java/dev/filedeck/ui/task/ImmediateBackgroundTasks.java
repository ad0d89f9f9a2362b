package dev.filedeck.ui.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs each task at once on the calling thread: for view-model tests where timing does not matter.
 * Progress is delivered as it is reported, every report, on the same thread.
 */
public final class ImmediateBackgroundTasks implements BackgroundTasks {

    @Override
    public <T> TaskHandle run(Callable<? extends T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        T value;
        try {
            value = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return () -> { };
        }
        onSuccess.accept(value);
        return () -> { };
    }

    @Override
    public <T, P> TaskHandle runWithProgress(ProgressWork<? extends T, P> work, Consumer<? super P> onProgress,
                                             Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        return run(() -> work.call(onProgress), onSuccess, onFailure);
    }
}
