package dev.filedeck.ui.task;

import java.util.function.Consumer;

/**
 * Blocking work that tells how far it got, for {@link BackgroundTasks#runWithProgress}. It calls
 * {@code progress} on its own (worker) thread as often as it likes; the executor decides how often
 * the UI hears of it.
 *
 * @param <T> the result
 * @param <P> a progress report: an immutable value, as it crosses threads
 */
@FunctionalInterface
public interface ProgressWork<T, P> {

    T call(Consumer<? super P> progress) throws Exception;
}
