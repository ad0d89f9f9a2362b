package dev.filedeck.transfer;

import dev.filedeck.api.ApiException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a transfer failed, ready to show.
 *
 * @param message what went wrong, for people (API messages never contain the key)
 * @param requestId the server's x-request-id, which the provider's support asks for; null when there was no answer
 */
public record TransferFailure(String message, String requestId) {

    // OpenAI: "Not allowed to download files of purpose: assistants"; the sandbox says the same.
    private static final Pattern REFUSED_PURPOSE = Pattern.compile("purpose:\\s*([\\w.-]+)", Pattern.CASE_INSENSITIVE);

    public static TransferFailure of(Throwable error, TransferDirection direction) {
        if (error instanceof ApiException api) {
            if (direction == TransferDirection.DOWNLOAD && isPurposeRefusal(api)) {
                return new TransferFailure(purposeRefusalMessage(api), api.requestId());
            }
            return new TransferFailure(api.getMessage(), api.requestId());
        }
        String message = error.getMessage();
        return new TransferFailure(message == null || message.isBlank() ? error.getClass().getSimpleName() : message, null);
    }

    /** The message with the request id, when there is one: "HTTP 500 …  (request ID req_123)". */
    public String describe() {
        return requestId == null || requestId.isBlank() ? message : message + " (request ID " + requestId + ")";
    }

    /** Some providers refuse to serve the content of some purposes (assistants, user_data) with a bare 400. */
    private static boolean isPurposeRefusal(ApiException api) {
        return api.kind() == ApiException.Kind.HTTP && api.status() == 400
                && textOf(api).toLowerCase(Locale.ROOT).contains("purpose");
    }

    private static String purposeRefusalMessage(ApiException api) {
        Matcher purpose = REFUSED_PURPOSE.matcher(textOf(api));
        return purpose.find()
                ? "The server does not allow downloading files of purpose " + purpose.group(1)
                : "The server does not allow downloading files of this purpose";
    }

    private static String textOf(ApiException api) {
        return api.serverMessage() != null ? api.serverMessage() : String.valueOf(api.getMessage());
    }
}
