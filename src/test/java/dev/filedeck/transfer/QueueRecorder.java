package dev.filedeck.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Records what a queue tells its listeners, delivered on one thread of its own as the FX thread
 * would: every snapshot in order, and the most transfers ever seen under way at once.
 */
public final class QueueRecorder implements QueueListener, AutoCloseable {

    /** The delivery thread the queue under test hands its events to. */
    public final ExecutorService delivery = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "test-delivery");
        thread.setDaemon(true);
        return thread;
    });
    public final List<Transfer> snapshots = new CopyOnWriteArrayList<>();
    /** When each snapshot arrived (System.nanoTime), parallel to {@link #snapshots}. */
    public final List<Long> arrivals = new CopyOnWriteArrayList<>();
    public final List<Transfer> finished = new CopyOnWriteArrayList<>();
    public final List<Set<Long>> removals = new CopyOnWriteArrayList<>();
    private final Map<Long, TransferState> states = new ConcurrentHashMap<>();
    private final AtomicInteger mostUnderWay = new AtomicInteger();

    @Override
    public void added(Transfer transfer) {
        record(transfer);
    }

    @Override
    public void updated(Transfer transfer) {
        record(transfer);
    }

    @Override
    public void removed(Set<Long> ids) {
        removals.add(ids);
    }

    @Override
    public void finished(Transfer transfer) {
        finished.add(transfer);
    }

    private void record(Transfer transfer) {
        arrivals.add(System.nanoTime());
        snapshots.add(transfer);
        states.put(transfer.id(), transfer.state());
        int underWay = (int) states.values().stream()
                .filter(state -> state == TransferState.RUNNING || state == TransferState.RETRYING).count();
        mostUnderWay.accumulateAndGet(underWay, Math::max);
    }

    /** The most transfers running (or waiting to retry) at the same time. */
    public int mostUnderWay() {
        return mostUnderWay.get();
    }

    /** The last snapshot delivered for a transfer, or null. */
    public Transfer latest(long id) {
        Transfer found = null;
        for (Transfer transfer : snapshots) {
            if (transfer.id() == id) {
                found = transfer;
            }
        }
        return found;
    }

    public boolean isIn(long id, TransferState state) {
        Transfer latest = latest(id);
        return latest != null && latest.state() == state;
    }

    /** The states a transfer went through, each run of equal states once. */
    public List<TransferState> statesOf(long id) {
        List<TransferState> seen = new ArrayList<>();
        for (Transfer transfer : snapshots) {
            if (transfer.id() == id && (seen.isEmpty() || seen.get(seen.size() - 1) != transfer.state())) {
                seen.add(transfer.state());
            }
        }
        return seen;
    }

    /** Where in the delivered order a transfer first reached a state, or -1. */
    public int firstIndexOf(long id, TransferState state) {
        for (int i = 0; i < snapshots.size(); i++) {
            if (snapshots.get(i).id() == id && snapshots.get(i).state() == state) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void close() {
        delivery.shutdownNow();
    }
}
