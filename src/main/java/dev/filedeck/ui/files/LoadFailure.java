package dev.filedeck.ui.files;

import dev.filedeck.api.ApiException;

/**
 * Why the file list could not be loaded, in words to show.
 *
 * @param message what went wrong, ready to show (API messages never contain the key)
 * @param requestId the server's request id, for the provider's support, or null
 */
public record LoadFailure(String message, String requestId) {

    public static LoadFailure of(Throwable error) {
        if (error instanceof ApiException api) {
            return new LoadFailure(api.getMessage(), api.requestId());
        }
        String message = error.getMessage();
        return new LoadFailure(message == null || message.isBlank() ? error.getClass().getSimpleName() : message, null);
    }

    public boolean hasRequestId() {
        return requestId != null && !requestId.isBlank();
    }
}
