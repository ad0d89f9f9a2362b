package dev.filedeck.ui.files;

import dev.filedeck.ui.format.SafeText;

/**
 * An entry of the purpose filter: one purpose, or all of them (null).
 *
 * @param purpose the purpose, or null for every purpose
 */
public record PurposeChoice(String purpose) {

    public static final PurposeChoice ALL = new PurposeChoice(null);

    public PurposeChoice {
        if (purpose != null && purpose.isBlank()) {
            purpose = null;
        }
    }

    @Override
    public String toString() {
        return purpose == null ? "All purposes" : SafeText.display(purpose);
    }
}
