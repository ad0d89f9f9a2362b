package dev.filedeck.api;

/** Observes automatic retries of list, retrieve and delete calls. */
@FunctionalInterface
public interface RetryListener {

    RetryListener NONE = notice -> { };

    void onRetry(RetryNotice notice);
}
