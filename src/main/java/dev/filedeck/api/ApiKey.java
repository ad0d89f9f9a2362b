package dev.filedeck.api;

import java.util.Objects;

/**
 * An API key. Its {@link #toString()} is masked so that a key can never leak into a log line, an
 * exception message or a debugger's variable view by accident; only {@link #reveal()} gives the value.
 */
public final class ApiKey {

    private final String value;

    private ApiKey(String value) {
        this.value = value;
    }

    /** Wraps a key; surrounding white space (a common copy-paste slip) is removed. */
    public static ApiKey of(String value) {
        Objects.requireNonNull(value, "value");
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("The API key is empty");
        }
        return new ApiKey(trimmed);
    }

    /** The secret itself, for the request header only. */
    public String reveal() {
        return value;
    }

    /** A form safe to show: the first three and last four characters of long keys, stars otherwise. */
    public String masked() {
        if (value.length() < 16) {
            return "****";
        }
        return value.substring(0, 3) + "…" + value.substring(value.length() - 4);
    }

    /** Replaces every occurrence of this key in a text (a server may echo it in an error message). */
    public String redact(String text) {
        return text == null ? null : text.replace(value, masked());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiKey key && key.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "ApiKey[" + masked() + "]";
    }
}
