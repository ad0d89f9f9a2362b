package dev.filedeck.sandbox;

import java.util.Locale;

/**
 * Checks the API key: {@code Authorization: Bearer KEY}, or Azure's {@code api-key: KEY}. Error messages show
 * a presented key masked, never whole, and never the sandbox's own key.
 */
final class KeyCheck {

    private final String apiKey;

    KeyCheck(String apiKey) {
        this.apiKey = apiKey;
    }

    void check(Call call) {
        if (call.dialect.usesApiKeyHeader()) {
            String presented = call.header("api-key");
            if (presented == null || presented.isBlank()) {
                throw unauthorized("Access denied due to missing API key. Make sure to include the api-key header when making requests to an API.");
            }
            if (!ApiKeys.matches(apiKey, presented.strip())) {
                throw unauthorized("Access denied due to invalid API key (" + ApiKeys.mask(presented.strip())
                        + "). Make sure to provide a valid key for an active subscription.");
            }
            return;
        }
        String authorization = call.header("Authorization");
        if (authorization == null || authorization.isBlank()) {
            throw unauthorized("You didn't provide an API key. You need to provide your API key in an Authorization header "
                    + "using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).");
        }
        String presented = bearerToken(authorization);
        if (!ApiKeys.matches(apiKey, presented)) {
            throw unauthorized("Incorrect API key provided: " + ApiKeys.mask(presented == null ? authorization.strip() : presented)
                    + ". You can find the Local sandbox's API key in FileDeck or in the sandbox's data folder.");
        }
    }

    private static String bearerToken(String authorization) {
        String value = authorization.strip();
        if (value.length() > 7 && value.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
            return value.substring(7).strip();
        }
        return null;
    }

    private static ApiException unauthorized(String message) {
        return new ApiException(401, message, "invalid_request_error", null, "invalid_api_key");
    }
}
