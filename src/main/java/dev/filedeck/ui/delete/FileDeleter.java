package dev.filedeck.ui.delete;

import dev.filedeck.api.FilesClient;

/**
 * Deletes one remote file. Blocking: call it from a background task only. An interface rather than
 * the client itself, so the view model stays free of network code and tests can script answers.
 */
@FunctionalInterface
public interface FileDeleter {

    /**
     * Deletes the file.
     *
     * @return whether the server says it is deleted
     * @throws dev.filedeck.api.ApiException when the server refuses or cannot be reached
     */
    boolean delete(String fileId);

    /** Deletes through a connection's client. */
    static FileDeleter of(FilesClient client) {
        return id -> client.delete(id).deleted();
    }
}
