package dev.filedeck.ui.upload;

import dev.filedeck.settings.Capabilities;
import dev.filedeck.settings.UiSettings;
import dev.filedeck.transfer.TransferService;
import dev.filedeck.ui.dialog.DialogService;
import dev.filedeck.ui.format.DisplayFormat;
import dev.filedeck.ui.task.BackgroundTasks;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * What uploading needs from the app.
 *
 * @param dialogs the file chooser of "Upload…"
 * @param tasks runs the scans of dropped and chosen items
 * @param transfers queues the uploads
 * @param capabilities what the active connection accepts, asked each time a sheet opens
 * @param settings the remembered settings (last folder, purposes), asked each time a sheet opens
 * @param rememberSettings applies a change to the remembered settings ({@code SettingsKeeper::update})
 * @param format how sizes are written
 */
public record UploadContext(DialogService dialogs, BackgroundTasks tasks, TransferService transfers,
                            Supplier<Capabilities> capabilities, Supplier<UiSettings> settings,
                            Consumer<UnaryOperator<UiSettings>> rememberSettings, DisplayFormat format) {

    public UploadContext {
        Objects.requireNonNull(dialogs, "dialogs");
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(transfers, "transfers");
        Objects.requireNonNull(capabilities, "capabilities");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(rememberSettings, "rememberSettings");
        Objects.requireNonNull(format, "format");
    }
}
