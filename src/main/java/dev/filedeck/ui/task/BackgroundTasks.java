package dev.filedeck.ui.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs blocking work (network, disk) away from the UI thread and hands the outcome back on the UI
 * thread. View models depend on this interface only, so tests can run tasks synchronously or hold
 * them back to reproduce races without sleeping.
 *
 * <p>Contract: call {@link #run} and {@link TaskHandle#cancel()} on the UI thread. Exactly one of
 * the two callbacks is called, on the UI thread, unless the task was cancelled first: then neither
 * is, even when the work had already finished.
 */
public interface BackgroundTasks {

    <T> TaskHandle run(Callable<? extends T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /**
     * Like {@link #run}, for work that reports progress. Progress reaches {@code onProgress} on the
     * UI thread at a bounded rate (the latest report wins; reports in between may be skipped), and
     * never after the outcome or a cancel.
     *
     * <p>The default drops the progress, so that executors written before this method still work;
     * the app's and the tests' executors deliver it.
     */
    default <T, P> TaskHandle runWithProgress(ProgressWork<? extends T, P> work, Consumer<? super P> onProgress,
                                              Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        return run(() -> work.call(ignored -> { }), onSuccess, onFailure);
    }
}
