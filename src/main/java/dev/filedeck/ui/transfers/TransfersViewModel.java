package dev.filedeck.ui.transfers;

import dev.filedeck.transfer.QueueListener;
import dev.filedeck.transfer.Transfer;
import dev.filedeck.transfer.TransferQueue;
import dev.filedeck.transfer.TransferState;
import dev.filedeck.ui.format.DisplayFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The transfer queue panel: a row per transfer, counts for the header, "clear finished", and a
 * request to be shown when a transfer is queued. Create it and use it on the FX thread; the queue
 * must deliver its events there too ({@code Platform::runLater}).
 */
public final class TransfersViewModel {

    private final TransferQueue queue;
    private final FolderOpener folders;
    private final DisplayFormat format;
    private final ObservableList<TransferItemViewModel> items = FXCollections.observableArrayList();
    private final ObservableList<TransferItemViewModel> readOnlyItems = FXCollections.unmodifiableObservableList(items);
    private final Map<Long, TransferItemViewModel> byId = new HashMap<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper canClearFinished = new ReadOnlyBooleanWrapper(this, "canClearFinished");
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private Runnable onShowRequested = () -> { };

    public TransfersViewModel(TransferQueue queue, FolderOpener folders, DisplayFormat format) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.folders = Objects.requireNonNull(folders, "folders");
        this.format = Objects.requireNonNull(format, "format");
        queue.subscribe(new Rows()).forEach(this::addRow);
        refreshCounts();
    }

    /** The rows, in the order the transfers were queued. */
    public ObservableList<TransferItemViewModel> items() {
        return readOnlyItems;
    }

    /** "2 running, 3 queued, 1 failed", or "No transfers". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canClearFinishedProperty() {
        return canClearFinished.getReadOnlyProperty();
    }

    /** Whether any transfer is queued or under way. */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** Removes the rows of transfers that ended: done, failed or cancelled. */
    public void clearFinished() {
        queue.clearFinished();
    }

    /** Called when a transfer is queued, so that the window can open the panel. */
    public void setOnShowRequested(Runnable action) {
        onShowRequested = action == null ? () -> { } : action;
    }

    private void addRow(Transfer transfer) {
        TransferItemViewModel item = new TransferItemViewModel(transfer, format, queue, folders);
        byId.put(transfer.id(), item);
        items.add(item);
    }

    private void refreshCounts() {
        Map<TransferState, Integer> counts = new EnumMap<>(TransferState.class);
        for (TransferItemViewModel item : items) {
            counts.merge(item.stateProperty().get(), 1, Integer::sum);
        }
        int running = counts.getOrDefault(TransferState.RUNNING, 0) + counts.getOrDefault(TransferState.RETRYING, 0);
        List<String> parts = new ArrayList<>();
        addCount(parts, running, "running");
        addCount(parts, counts.getOrDefault(TransferState.QUEUED, 0), "queued");
        addCount(parts, counts.getOrDefault(TransferState.FAILED, 0), "failed");
        addCount(parts, counts.getOrDefault(TransferState.CANCELLED, 0), "cancelled");
        addCount(parts, counts.getOrDefault(TransferState.DONE, 0), "done");
        summary.set(parts.isEmpty() ? "No transfers" : String.join(", ", parts));
        active.set(running + counts.getOrDefault(TransferState.QUEUED, 0) > 0);
        canClearFinished.set(items.stream().anyMatch(item -> item.stateProperty().get().isFinished()));
    }

    private static void addCount(List<String> parts, int count, String label) {
        if (count > 0) {
            parts.add(count + " " + label);
        }
    }

    /** The queue's events, on the FX thread. */
    private final class Rows implements QueueListener {
        @Override
        public void added(Transfer transfer) {
            addRow(transfer);
            refreshCounts();
            onShowRequested.run();
        }

        @Override
        public void updated(Transfer transfer) {
            TransferItemViewModel item = byId.get(transfer.id());
            if (item == null) {
                return;
            }
            TransferState before = item.stateProperty().get();
            item.update(transfer);
            if (before != transfer.state()) {
                refreshCounts();
            }
        }

        @Override
        public void removed(Set<Long> ids) {
            ids.forEach(byId::remove);
            items.removeIf(item -> ids.contains(item.id()));
            refreshCounts();
        }
    }
}
