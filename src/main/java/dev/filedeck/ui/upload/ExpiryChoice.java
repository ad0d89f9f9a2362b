package dev.filedeck.ui.upload;

import java.time.Duration;

/** When uploaded files should be deleted by the server: the choices the sheet offers. */
public enum ExpiryChoice {
    NEVER("Never", null),
    ONE_HOUR("1 hour", Duration.ofHours(1)),
    ONE_DAY("1 day", Duration.ofDays(1)),
    SEVEN_DAYS("7 days", Duration.ofDays(7)),
    THIRTY_DAYS("30 days", Duration.ofDays(30));

    private final String label;
    private final Duration after;

    ExpiryChoice(String label, Duration after) {
        this.label = label;
        this.after = after;
    }

    public String label() {
        return label;
    }

    /** The time to live after creation, null for none (the server's default). */
    public Duration after() {
        return after;
    }

    @Override
    public String toString() {
        return label;
    }
}
