package dev.filedeck.ui;

import dev.filedeck.connection.ConnectionManager;
import dev.filedeck.connection.OpenConnection;
import dev.filedeck.transfer.TransferQueue;
import dev.filedeck.ui.format.DisplayFormat;
import dev.filedeck.ui.task.BackgroundTasks;
import dev.filedeck.ui.transfers.FolderOpener;

/**
 * What the main window is built from; the app makes them, tests make their own.
 *
 * @param connections the saved connections and those opened so far (closed by the app, not the window)
 * @param connection the connection to show first
 * @param settings the remembered settings, saved as they change
 * @param tasks runs blocking work off the FX thread
 * @param queue the transfer queue (closed by the app, not the window)
 * @param folders opens a folder in the system's file manager
 * @param format how sizes, dates and counts are written
 * @param startupNotice a problem found at start (such as a settings file reset), or null
 */
public record MainServices(ConnectionManager connections, OpenConnection connection,
                           SettingsKeeper settings, BackgroundTasks tasks, TransferQueue queue, FolderOpener folders,
                           DisplayFormat format, String startupNotice) {
}
