package dev.filedeck.ui.transfers;

import java.nio.file.Path;
import javafx.application.HostServices;

/**
 * Shows a folder in the desktop's file manager ("Show in folder") and opens a file with the
 * desktop's default application ("Open"); tests record the calls instead.
 */
@FunctionalInterface
public interface FolderOpener {

    void open(Path folder);

    /** Opens a file with its default application: the desktop treats a file's URI just like a folder's. */
    default void openFile(Path file) {
        open(file);
    }

    /**
     * Through the application's host services (java.desktop's {@code Desktop} is not in the module).
     * On Linux they look for a program such as xdg-open and wait for that search, so it runs on a
     * short-lived daemon thread, never on the FX thread.
     */
    static FolderOpener using(HostServices hostServices) {
        return folder -> {
            String uri = folder.toUri().toString();
            Thread opener = new Thread(() -> hostServices.showDocument(uri), "filedeck-show-folder");
            opener.setDaemon(true);
            opener.start();
        };
    }
}
