package dev.filedeck.ui.files;

import dev.filedeck.api.ApiException;

/**
 * Why loading or searching failed, in words to show.
 *
 * @param title what failed, e.g. "The files could not be loaded"
 * @param message why, ready to show (API messages never contain the key)
 * @param requestId the server's request id, for the provider's support, or null
 */
public record LoadFailure(String title, String message, String requestId) {

    public static LoadFailure of(String title, Throwable error) {
        if (error instanceof ApiException api) {
            return new LoadFailure(title, api.getMessage(), api.requestId());
        }
        String message = error.getMessage();
        return new LoadFailure(title, message == null || message.isBlank() ? error.getClass().getSimpleName() : message, null);
    }

    public boolean hasRequestId() {
        return requestId != null && !requestId.isBlank();
    }
}
