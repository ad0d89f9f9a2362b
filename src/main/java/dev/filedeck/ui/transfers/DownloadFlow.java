package dev.filedeck.ui.transfers;

import dev.filedeck.api.DownloadRequest;
import dev.filedeck.api.FileObject;
import dev.filedeck.transfer.DownloadPlanner;
import dev.filedeck.transfer.DownloadPlanner.PlannedDownload;
import dev.filedeck.transfer.SafeFileName;
import dev.filedeck.transfer.TransferService;
import dev.filedeck.ui.dialog.DialogService;
import dev.filedeck.ui.dialog.DialogService.ConflictChoice;
import dev.filedeck.ui.task.BackgroundTasks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Downloading the files selected in the table: asks where to save them (a save dialog for one
 * file, a folder for several), never overwrites an existing file without asking (replace, keep
 * both, skip), and queues the downloads. The disk is looked at on a background task; the questions
 * are asked on the FX thread.
 */
public final class DownloadFlow {

    private final DialogService dialogs;
    private final BackgroundTasks tasks;
    private final TransferService transfers;
    private final Supplier<Path> lastFolder;
    private final Consumer<Path> rememberFolder;

    /**
     * @param lastFolder the folder to start the dialogs in (the last one saved to), may give null
     * @param rememberFolder told of the folder chosen, to start there next time
     */
    public DownloadFlow(DialogService dialogs, BackgroundTasks tasks, TransferService transfers,
                        Supplier<Path> lastFolder, Consumer<Path> rememberFolder) {
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.transfers = Objects.requireNonNull(transfers, "transfers");
        this.lastFolder = Objects.requireNonNull(lastFolder, "lastFolder");
        this.rememberFolder = Objects.requireNonNull(rememberFolder, "rememberFolder");
    }

    /** Starts the download of {@code files}; call on the FX thread. Returns once the dialogs are answered. */
    public void download(List<FileObject> files) {
        if (files.isEmpty()) {
            return;
        }
        if (files.size() == 1) {
            FileObject file = files.get(0);
            dialogs.chooseSaveFile(lastFolder.get(), SafeFileName.of(file.filename(), file.id())).ifPresent(target -> {
                rememberFolder.accept(target.toAbsolutePath().getParent());
                // The system's save dialog may have asked about replacing already, but not everywhere,
                // and it cannot offer "keep both": ask the same way as for several files.
                plan(() -> List.of(DownloadPlanner.toFile(file, target)));
            });
            return;
        }
        List<FileObject> batch = List.copyOf(files);
        dialogs.chooseFolder(lastFolder.get()).ifPresent(folder -> {
            rememberFolder.accept(folder);
            plan(() -> DownloadPlanner.intoFolder(folder, batch));
        });
    }

    private void plan(Callable<List<PlannedDownload>> planning) {
        tasks.run(planning, this::resolveAndQueue,
                error -> dialogs.showError("Download", "The download could not be prepared", String.valueOf(error.getMessage())));
    }

    /** Asks about each conflict (or applies the answer given for all), then queues the batch in order. */
    private void resolveAndQueue(List<PlannedDownload> plans) {
        int conflictsLeft = (int) plans.stream().filter(PlannedDownload::conflicts).count();
        ConflictChoice forAll = null;
        List<DownloadRequest> requests = new ArrayList<>();
        for (PlannedDownload plan : plans) {
            if (!plan.conflicts()) {
                requests.add(plan.request());
                continue;
            }
            conflictsLeft--;
            ConflictChoice choice = forAll != null ? forAll : dialogs.resolveConflict(plan.target(), conflictsLeft);
            if (choice.applyToAll()) {
                forAll = choice;
            }
            switch (choice.action()) {
                case REPLACE -> requests.add(plan.replacing());
                case KEEP_BOTH -> requests.add(plan.keepingBoth());
                case SKIP -> { }
            }
        }
        requests.forEach(request -> transfers.enqueueDownload(request, request.destination().getFileName().toString()));
    }
}
