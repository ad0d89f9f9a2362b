package dev.filedeck.ui;

import dev.filedeck.api.FilesClient;
import dev.filedeck.settings.Capabilities;
import dev.filedeck.settings.ConnectionSummary;
import dev.filedeck.transfer.TransferQueue;
import dev.filedeck.ui.format.DisplayFormat;
import dev.filedeck.ui.task.BackgroundTasks;
import dev.filedeck.ui.transfers.FolderOpener;

/**
 * What the main window is built from; the app makes them, tests make their own.
 *
 * @param client the active connection's Files API client
 * @param connection what to tell the user about the connection
 * @param capabilities what the connection's server accepts
 * @param settings the remembered settings, saved as they change
 * @param tasks runs blocking work off the FX thread
 * @param queue the transfer queue (closed by the app, not the window)
 * @param folders opens a folder in the system's file manager
 * @param format how sizes, dates and counts are written
 * @param startupNotice a problem found at start (such as a settings file reset), or null
 */
public record MainServices(FilesClient client, ConnectionSummary connection, Capabilities capabilities,
                           SettingsKeeper settings, BackgroundTasks tasks, TransferQueue queue, FolderOpener folders,
                           DisplayFormat format, String startupNotice) {
}
