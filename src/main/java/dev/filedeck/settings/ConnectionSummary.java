package dev.filedeck.settings;

import java.net.URI;
import java.util.Objects;

/**
 * What a person is told about the open connection: its name and where it goes. Carries no secret.
 *
 * @param label e.g. "Local sandbox" or "Environment"
 * @param baseUrl the API's base URL
 */
public record ConnectionSummary(String label, URI baseUrl) {

    public ConnectionSummary {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(baseUrl, "baseUrl");
    }

    /** One line, e.g. "Local sandbox — http://127.0.0.1:41234/v1". */
    public String describe() {
        return label + " — " + baseUrl;
    }
}
