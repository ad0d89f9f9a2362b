package dev.filedeck.ui.details;

/**
 * One line of the details panel, ready to show (server text already made safe).
 *
 * @param label e.g. "Created (UTC)", or a provider's own field name
 * @param value e.g. "2025-11-25 13:03:27 UTC"
 */
public record DetailField(String label, String value) {
}
