package dev.filedeck.api;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Lets another thread stop a transfer; the transfer then ends with {@link ApiException.Kind#CANCELLED}. */
public final class CancelToken {

    private volatile boolean cancelled;
    private final List<Runnable> actions = new CopyOnWriteArrayList<>();

    /** A token that is never cancelled. */
    public static CancelToken none() {
        return new CancelToken();
    }

    public void cancel() {
        if (cancelled) {
            return;
        }
        cancelled = true;
        actions.forEach(Runnable::run);
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Runs the action on cancellation, at once if already cancelled. */
    void onCancel(Runnable action) {
        actions.add(action);
        if (cancelled) {
            action.run();
        }
    }

    void removeOnCancel(Runnable action) {
        actions.remove(action);
    }
}
