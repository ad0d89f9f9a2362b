package dev.filedeck.ui.delete;

import dev.filedeck.api.FileObject;

/**
 * A file that could not be deleted.
 *
 * @param file the file
 * @param reason why, ready to show
 * @param requestId the server's request id, for the provider's support, or null
 */
public record DeleteFailure(FileObject file, String reason, String requestId) {
}
