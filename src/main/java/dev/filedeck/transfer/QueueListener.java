package dev.filedeck.transfer;

import java.util.Set;

/**
 * Observes a {@link TransferQueue}. Events arrive through the queue's delivery executor (the UI
 * thread in the app), one at a time, in the order they happened. Override what you need.
 */
public interface QueueListener {

    /** A transfer joined the end of the queue. */
    default void added(Transfer transfer) {
    }

    /** A transfer changed: progress at most ten times a second, every change of state at once. */
    default void updated(Transfer transfer) {
    }

    /** Finished transfers left the queue. */
    default void removed(Set<Long> ids) {
    }

    /** A transfer ended (done, failed or cancelled); comes right after the update that says so. */
    default void finished(Transfer transfer) {
    }
}
