package dev.filedeck.transfer;

import dev.filedeck.api.ApiException;
import dev.filedeck.api.CancelToken;
import dev.filedeck.api.DownloadRequest;
import dev.filedeck.api.FileObject;
import dev.filedeck.api.FilesClient;
import dev.filedeck.api.RetryNotice;
import dev.filedeck.api.TransferListener;
import dev.filedeck.api.UploadRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Uploads and downloads, run a few at a time on the queue's own daemon threads, first come first
 * served. Observers get immutable {@link Transfer} snapshots through a delivery executor
 * ({@code Platform::runLater} in the app), each transfer's progress coalesced to ten updates a
 * second. All methods are thread-safe and return at once.
 *
 * <p>Each transfer keeps the {@link FilesClient} it was queued with, so a transfer under way is not
 * moved to another connection when the app switches.
 */
public final class TransferQueue implements AutoCloseable {

    public static final int DEFAULT_MAX_CONCURRENT = 2;

    private static final long UPDATE_INTERVAL_NANOS = Duration.ofMillis(100).toNanos();
    private static final Duration SPEED_WINDOW = Duration.ofSeconds(3);
    /** Refreshes retry countdowns and lets the speed of a stalled transfer fall, without progress events. */
    private static final long TICK_MILLIS = 500;
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(3);

    private final Executor delivery;
    private final LongSupplier nanoTime;
    private final ExecutorService workers = Executors.newCachedThreadPool(new DaemonThreads("filedeck-transfer-"));
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(new DaemonThreads("filedeck-transfer-timer-"));
    private final List<QueueListener> listeners = new CopyOnWriteArrayList<>();

    private final Object lock = new Object();
    // Guarded by lock:
    private final Map<Long, Job> jobs = new LinkedHashMap<>();
    private final Deque<Job> waiting = new ArrayDeque<>();
    private int running;
    private int maxConcurrent;
    private long lastId;
    private boolean closed;

    /**
     * @param delivery runs listener calls; it must hand them to another thread (the UI thread) rather
     *                 than run them in place when listeners call back into the queue
     * @param maxConcurrent how many transfers run at once
     */
    public TransferQueue(Executor delivery, int maxConcurrent) {
        this(delivery, maxConcurrent, System::nanoTime);
    }

    TransferQueue(Executor delivery, int maxConcurrent, LongSupplier nanoTime) {
        this.delivery = delivery;
        this.nanoTime = nanoTime;
        this.maxConcurrent = checkedLimit(maxConcurrent);
        timer.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    // ---- observing ------------------------------------------------------------------------------

    /**
     * Registers a listener and returns the transfers as they are now; every later change reaches the
     * listener, none before.
     */
    public List<Transfer> subscribe(QueueListener listener) {
        synchronized (lock) {
            listeners.add(listener);
            return transfers();
        }
    }

    public void unsubscribe(QueueListener listener) {
        listeners.remove(listener);
    }

    /** Every transfer in the queue, in the order queued. */
    public List<Transfer> transfers() {
        synchronized (lock) {
            long now = nanoTime.getAsLong();
            return jobs.values().stream().map(job -> job.snapshot(now)).toList();
        }
    }

    /** Whether any transfer is queued or under way. */
    public boolean hasActiveTransfers() {
        synchronized (lock) {
            return jobs.values().stream().anyMatch(job -> job.state.isActive());
        }
    }

    // ---- commands -------------------------------------------------------------------------------

    /** Queues an upload over {@code client}; returns its id. */
    public long enqueueUpload(FilesClient client, UploadRequest request) {
        long id = add(TransferDirection.UPLOAD, request.effectiveFilename(), request.file(), -1,
                (listener, cancel) -> client.upload(request, listener, cancel));
        runOnTimer(() -> learnSize(id, request.file()), 0);
        return id;
    }

    /** Queues a download over {@code client}, shown as {@code displayName}; returns its id. */
    public long enqueueDownload(FilesClient client, DownloadRequest request, String displayName) {
        long total = request.expectedBytes() == null ? -1 : request.expectedBytes();
        return add(TransferDirection.DOWNLOAD, displayName, request.destination(), total,
                (listener, cancel) -> client.download(request, listener, cancel));
    }

    /**
     * Cancels a queued transfer at once, or asks a running one to stop: it then ends as cancelled
     * (or as done, should the last byte have won the race).
     */
    public void cancel(long id) {
        CancelToken token;
        synchronized (lock) {
            Job job = jobs.get(id);
            if (job == null || !job.state.isActive()) {
                return;
            }
            if (job.state == TransferState.QUEUED) {
                waiting.remove(job);
                job.state = TransferState.CANCELLED;
                announceEnd(job);
                return;
            }
            token = job.cancel;
        }
        // Outside the lock: cancelling aborts the HTTP exchange, which is not ours to block.
        token.cancel();
    }

    /** Queues a failed or cancelled transfer again, at the end of the queue. */
    public void retry(long id) {
        synchronized (lock) {
            Job job = jobs.get(id);
            if (job == null || !(job.state == TransferState.FAILED || job.state == TransferState.CANCELLED) || closed) {
                return;
            }
            job.requeue();
            waiting.addLast(job);
            publish(job, true);
            startWhatFits();
        }
    }

    /** Removes every transfer that has ended: done, failed or cancelled. */
    public void clearFinished() {
        synchronized (lock) {
            Set<Long> ids = new LinkedHashSet<>();
            jobs.values().removeIf(job -> job.state.isFinished() && ids.add(job.id));
            if (!ids.isEmpty()) {
                deliver(listener -> listener.removed(Set.copyOf(ids)));
            }
        }
    }

    /** How many transfers may run at once; raising it starts queued ones, lowering it lets running ones finish. */
    public void setMaxConcurrent(int value) {
        synchronized (lock) {
            maxConcurrent = checkedLimit(value);
            startWhatFits();
        }
    }

    public int maxConcurrent() {
        synchronized (lock) {
            return maxConcurrent;
        }
    }

    /**
     * Cancels everything and waits a moment for running transfers to clean up (a cancelled download
     * deletes its partial file), so that nothing is left behind at exit.
     */
    @Override
    public void close() {
        List<CancelToken> tokens = new ArrayList<>();
        synchronized (lock) {
            closed = true;
            waiting.clear();
            jobs.values().stream().filter(job -> job.cancel != null).forEach(job -> tokens.add(job.cancel));
        }
        tokens.forEach(CancelToken::cancel);
        workers.shutdown();
        try {
            workers.awaitTermination(CLOSE_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        workers.shutdownNow();
        timer.shutdownNow();
    }

    // ---- running --------------------------------------------------------------------------------

    private long add(TransferDirection direction, String name, Path localPath, long total, Work work) {
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("The transfer queue is closed");
            }
            Job job = new Job(++lastId, direction, name, localPath, total, work);
            jobs.put(job.id, job);
            waiting.addLast(job);
            Transfer queued = job.snapshot(nanoTime.getAsLong());
            deliver(listener -> listener.added(queued));
            startWhatFits();
            return job.id;
        }
    }

    /** Called with the lock held. */
    private void startWhatFits() {
        while (!closed && running < maxConcurrent && !waiting.isEmpty()) {
            start(waiting.removeFirst());
        }
    }

    /** Called with the lock held. */
    private void start(Job job) {
        job.begin();
        running++;
        publish(job, true);
        int attempt = job.attempt;
        CancelToken cancel = job.cancel;
        TransferListener progress = new AttemptListener(job, attempt);
        workers.execute(() -> {
            Outcome outcome = new Outcome(null, new IllegalStateException("The transfer stopped unexpectedly"));
            try {
                outcome = new Outcome(job.work.run(progress, cancel), null);
            } catch (RuntimeException e) {
                outcome = new Outcome(null, e);
            } finally {
                finish(job, attempt, outcome);
            }
        });
    }

    private void finish(Job job, int attempt, Outcome outcome) {
        synchronized (lock) {
            running--;
            if (job.attempt == attempt) {
                job.end(outcome);
                announceEnd(job);
            }
            startWhatFits();
        }
    }

    /** Called with the lock held: the final state at once, then the end itself. */
    private void announceEnd(Job job) {
        Transfer last = publish(job, true);
        deliver(listener -> listener.finished(last));
    }

    /** Called with the lock held. */
    private Transfer publish(Job job, boolean urgent) {
        Transfer snapshot = job.snapshot(nanoTime.getAsLong());
        job.updates.offer(snapshot, urgent);
        return snapshot;
    }

    /**
     * Hands an event to the listeners registered now. Called with the lock held, so events enter the
     * delivery executor in the order they happened.
     */
    private void deliver(Consumer<QueueListener> event) {
        List<QueueListener> targets = List.copyOf(listeners);
        if (!targets.isEmpty()) {
            delivery.execute(() -> targets.forEach(event));
        }
    }

    private void tick() {
        synchronized (lock) {
            for (Job job : jobs.values()) {
                if (job.state == TransferState.RUNNING || job.state == TransferState.RETRYING) {
                    publish(job, false);
                }
            }
        }
    }

    /** Shows a queued upload's size before it starts; the stat runs on the timer thread, never the caller's. */
    private void learnSize(long id, Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException | RuntimeException e) {
            return; // the upload itself will report the problem
        }
        synchronized (lock) {
            Job job = jobs.get(id);
            if (job != null && job.total < 0 && job.state == TransferState.QUEUED) {
                job.total = size;
                publish(job, false);
            }
        }
    }

    /** Runs a small task on the timer thread; once the queue is closed there is nobody left to tell. */
    private void runOnTimer(Runnable task, long delayNanos) {
        try {
            timer.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closed) {
            // closing: late progress of a cancelled transfer needs no delivery
        }
    }

    private static int checkedLimit(int value) {
        if (value < 1) {
            throw new IllegalArgumentException("At least one transfer must be allowed to run: " + value);
        }
        return value;
    }

    /** The transfer itself: one blocking call of the client, returning the FileObject or the saved Path. */
    @FunctionalInterface
    private interface Work {
        Object run(TransferListener listener, CancelToken cancel);
    }

    /** How an attempt ended: a result, or an error. */
    private record Outcome(Object result, Throwable error) {
    }

    /** Feeds the client's progress and retry notices of one attempt into its job. */
    private final class AttemptListener implements TransferListener {
        private final Job job;
        private final int attempt;

        AttemptListener(Job job, int attempt) {
            this.job = job;
            this.attempt = attempt;
        }

        @Override
        public void onProgress(long done, long total) {
            synchronized (lock) {
                if (isStale()) {
                    return;
                }
                boolean resumed = job.state == TransferState.RETRYING;
                job.progressed(done, total);
                publish(job, resumed);
            }
        }

        @Override
        public void onRetry(RetryNotice notice) {
            synchronized (lock) {
                if (isStale()) {
                    return;
                }
                job.waitForRetry(notice, nanoTime.getAsLong());
                publish(job, true);
            }
        }

        private boolean isStale() {
            return job.attempt != attempt || job.state.isFinished();
        }
    }

    /** A transfer's mutable state, guarded by the queue's lock. */
    private final class Job {
        final long id;
        final TransferDirection direction;
        final String name;
        final Path localPath;
        final Work work;
        final TransferRate rate = new TransferRate(nanoTime, SPEED_WINDOW);
        final UpdateThrottle<Transfer> updates;

        TransferState state = TransferState.QUEUED;
        long done;
        long total;
        int attempt;
        CancelToken cancel;
        RetryNotice retry;
        long retryDue;
        TransferFailure failure;
        FileObject uploaded;
        Path saved;

        Job(long id, TransferDirection direction, String name, Path localPath, long total, Work work) {
            this.id = id;
            this.direction = direction;
            this.name = name;
            this.localPath = localPath;
            this.total = total;
            this.work = work;
            this.updates = new UpdateThrottle<>(UPDATE_INTERVAL_NANOS, nanoTime, TransferQueue.this::runOnTimer,
                    snapshot -> deliver(listener -> listener.updated(snapshot)));
        }

        void begin() {
            attempt++;
            cancel = new CancelToken();
            state = TransferState.RUNNING;
            done = 0;
            rate.reset();
        }

        void progressed(long bytesDone, long bytesTotal) {
            state = TransferState.RUNNING;
            retry = null;
            done = bytesDone;
            if (bytesTotal >= 0) {
                total = bytesTotal;
            }
            rate.record(bytesDone);
        }

        void waitForRetry(RetryNotice notice, long now) {
            state = TransferState.RETRYING;
            retry = notice;
            retryDue = now + notice.delay().toNanos();
            rate.reset();
        }

        void end(Outcome outcome) {
            retry = null;
            if (outcome.error() == null) {
                state = TransferState.DONE;
                if (outcome.result() instanceof FileObject file) {
                    uploaded = file;
                } else if (outcome.result() instanceof Path path) {
                    saved = path;
                }
            } else if (cancel.isCancelled() || (outcome.error() instanceof ApiException api && api.isCancelled())) {
                state = TransferState.CANCELLED;
            } else {
                state = TransferState.FAILED;
                failure = TransferFailure.of(outcome.error(), direction);
            }
        }

        void requeue() {
            state = TransferState.QUEUED;
            done = 0;
            failure = null;
            retry = null;
            rate.reset();
        }

        Transfer snapshot(long now) {
            boolean moving = state == TransferState.RUNNING;
            RetryWait wait = state == TransferState.RETRYING && retry != null
                    ? new RetryWait(retry.reason(), secondsUntil(retryDue, now), retry.attempt(), retry.maxRetries())
                    : null;
            return new Transfer(id, direction, name, localPath, state, done, total,
                    moving ? rate.bytesPerSecond() : -1, moving ? rate.timeLeft(total) : null,
                    wait, failure, uploaded, saved);
        }

        private static long secondsUntil(long due, long now) {
            long nanos = Math.max(0, due - now);
            return (nanos + 999_999_999L) / 1_000_000_000L;
        }
    }

    private static final class DaemonThreads implements ThreadFactory {
        private final String prefix;
        private final AtomicInteger count = new AtomicInteger();

        DaemonThreads(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            // Transfers never keep the JVM alive once the window is gone; close() cleans up first.
            thread.setDaemon(true);
            return thread;
        }
    }
}
