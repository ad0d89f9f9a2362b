package dev.filedeck.ui.upload;

import dev.filedeck.settings.UiSettings;
import java.util.Set;

/**
 * A purpose the user uploaded with, to remember for next time: as the last purpose, and for each
 * extension of the files it was chosen for.
 *
 * @param purpose the chosen purpose
 * @param extensions the extensions of the uploaded files, lower case, without the dot
 */
public record PurposeMemory(String purpose, Set<String> extensions) {

    public PurposeMemory {
        extensions = Set.copyOf(extensions);
    }

    /** The settings with this choice remembered. */
    public UiSettings applyTo(UiSettings settings) {
        UiSettings updated = settings.withPurposeChoice(null, purpose);
        for (String extension : extensions) {
            updated = updated.withPurposeChoice(extension, purpose);
        }
        return updated;
    }
}
