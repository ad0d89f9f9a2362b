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
}
