package dev.filedeck.ui.task;

/** A running background task. */
@FunctionalInterface
public interface TaskHandle {

    /** Interrupts the work if it still runs, and guarantees that no callback follows. */
    void cancel();
}
