package dev.filedeck.ui.transfers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filedeck.transfer.RetryWait;
import dev.filedeck.transfer.Transfer;
import dev.filedeck.transfer.TransferDirection;
import dev.filedeck.transfer.TransferFailure;
import dev.filedeck.transfer.TransferQueue;
import dev.filedeck.transfer.TransferState;
import dev.filedeck.ui.format.DisplayFormat;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a row says in each state, and which of its commands are available. */
class TransferItemViewModelTest {

    private static final DisplayFormat FORMAT = new DisplayFormat(ZoneOffset.UTC, Locale.ROOT);
    private static final Path SAVED = Path.of("/home/me/Downloads/results.jsonl");

    private final TransferQueue queue = new TransferQueue(Runnable::run, 2);
    private final List<Path> opened = new ArrayList<>();

    @AfterEach
    void close() {
        queue.close();
    }

    private static Transfer transfer(TransferState state, long done, long total, double speed, Duration left) {
        return new Transfer(1, TransferDirection.DOWNLOAD, "results.jsonl", SAVED, state, done, total, speed, left,
                null, null, null, state == TransferState.DONE ? SAVED : null);
    }

    private TransferItemViewModel row(Transfer transfer) {
        return new TransferItemViewModel(transfer, FORMAT, queue, opened::add);
    }

    @Test
    void aRunningTransferShowsBytesSpeedAndTimeLeft() {
        TransferItemViewModel row = row(transfer(TransferState.RUNNING, 12_300_000, 40_000_000, 8_100_000, Duration.ofSeconds(42)));

        assertEquals("12.3 MB of 40.0 MB", row.bytesTextProperty().get());
        assertEquals("8.1 MB/s", row.speedTextProperty().get());
        assertEquals("0:42", row.timeLeftTextProperty().get());
        assertEquals("running", row.stateTextProperty().get());
        assertEquals(0.3075, row.progressProperty().get(), 1e-9);
        assertTrue(row.canCancelProperty().get());
        assertFalse(row.canRetryProperty().get());
        assertFalse(row.canShowInFolderProperty().get());
    }

    @Test
    void unknownFiguresStayBlank() {
        TransferItemViewModel row = row(transfer(TransferState.RUNNING, 5_000_000, -1, -1, null));

        assertEquals("5.0 MB", row.bytesTextProperty().get());
        assertEquals("", row.speedTextProperty().get());
        assertEquals("", row.timeLeftTextProperty().get());
        assertEquals(-1, row.progressProperty().get(), "an indeterminate bar");

        row.update(transfer(TransferState.FAILED, 0, -1, -1, null));
        assertEquals("", row.bytesTextProperty().get(), "nothing moved, size unknown: no figure");
        assertEquals(0, row.progressProperty().get());
    }

    @Test
    void queuedShowsTheSizeOnly() {
        TransferItemViewModel row = row(transfer(TransferState.QUEUED, 0, 40_000_000, -1, null));

        assertEquals("40.0 MB", row.bytesTextProperty().get());
        assertEquals("queued", row.stateTextProperty().get());
        assertEquals(0, row.progressProperty().get());
        assertTrue(row.canCancelProperty().get(), "a queued transfer can be cancelled too");
    }

    @Test
    void aRetryIsShownWithItsReasonAndCountdown() {
        Transfer waiting = new Transfer(1, TransferDirection.UPLOAD, "big.jsonl", SAVED, TransferState.RETRYING, 0, 100, -1, null,
                new RetryWait("rate limited", 4, 1, 2), null, null, null);

        TransferItemViewModel row = row(waiting);

        assertEquals("rate limited, retrying in 4 s", row.stateTextProperty().get());
        assertTrue(row.canCancelProperty().get());
    }

    @Test
    void aFailureShowsTheReasonWithTheRequestIdAndOffersRetry() {
        Transfer failed = new Transfer(1, TransferDirection.DOWNLOAD, "notes.txt", SAVED, TransferState.FAILED, 0, 100, -1, null, null,
                new TransferFailure("The server does not allow downloading files of purpose assistants", "req_123"), null, null);

        TransferItemViewModel row = row(failed);

        assertEquals("failed: The server does not allow downloading files of purpose assistants (request ID req_123)",
                row.stateTextProperty().get());
        assertTrue(row.canRetryProperty().get());
        assertFalse(row.canCancelProperty().get());
        assertEquals("0 bytes of 100 bytes", row.bytesTextProperty().get());
    }

    @Test
    void aFinishedDownloadOffersItsFolder() {
        TransferItemViewModel row = row(transfer(TransferState.RUNNING, 1, 40_000_000, -1, null));
        row.showInFolder();
        assertEquals(List.of(), opened, "not before it is saved");

        row.update(transfer(TransferState.DONE, 40_000_000, 40_000_000, -1, null));
        row.showInFolder();

        assertEquals("done", row.stateTextProperty().get());
        assertEquals("40.0 MB", row.bytesTextProperty().get());
        assertEquals("", row.speedTextProperty().get());
        assertEquals(1.0, row.progressProperty().get());
        assertTrue(row.canShowInFolderProperty().get());
        assertFalse(row.canCancelProperty().get() || row.canRetryProperty().get());
        assertEquals(List.of(SAVED.getParent()), opened);
    }

    @Test
    void cancelledSaysSoAndOffersRetry() {
        TransferItemViewModel row = row(transfer(TransferState.CANCELLED, 3_000_000, 40_000_000, -1, null));

        assertEquals("cancelled", row.stateTextProperty().get());
        assertEquals("3.0 MB of 40.0 MB", row.bytesTextProperty().get());
        assertTrue(row.canRetryProperty().get());
    }

    @Test
    void timeLeftReadsLikeAClock() {
        assertEquals("0:00", TransferItemViewModel.clock(Duration.ZERO));
        assertEquals("0:42", TransferItemViewModel.clock(Duration.ofSeconds(42)));
        assertEquals("12:05", TransferItemViewModel.clock(Duration.ofSeconds(725)));
        assertEquals("1:02:03", TransferItemViewModel.clock(Duration.ofSeconds(3723)));
    }
}
