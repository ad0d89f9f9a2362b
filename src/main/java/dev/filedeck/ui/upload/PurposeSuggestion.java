package dev.filedeck.ui.upload;

import dev.filedeck.settings.Capabilities;
import dev.filedeck.settings.UiSettings;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Which purpose the sheet preselects, most specific knowledge first: what the user chose before for
 * files of this extension, then what the file names suggest, then the last purpose chosen, then the
 * connection's default. The first two count only when every file agrees, so that a mixed drop does
 * not look decided. Only purposes the connection offers are ever picked.
 */
public final class PurposeSuggestion {

    private PurposeSuggestion() {
    }

    public static String choose(List<LocalFile> files, Capabilities capabilities, UiSettings settings) {
        List<String> offered = capabilities.uploadPurposes();
        String remembered = agreed(files, file -> settings.purposeByExtension().get(file.extension()));
        if (isOffered(remembered, offered)) {
            return remembered;
        }
        String suggested = agreed(files, file -> capabilities.suggestPurpose(file.uploadName()));
        if (isOffered(suggested, offered)) {
            return suggested;
        }
        if (isOffered(settings.lastPurpose(), offered)) {
            return settings.lastPurpose();
        }
        if (offered.contains(capabilities.defaultPurpose()) || offered.isEmpty()) {
            return capabilities.defaultPurpose();
        }
        return offered.get(0);
    }

    // List.of(...).contains(null) throws: an unknown purpose is simply not offered.
    private static boolean isOffered(String purpose, List<String> offered) {
        return purpose != null && offered.contains(purpose);
    }

    /** The one answer every file gives, or null when they differ, one has none, or there are no files. */
    private static String agreed(List<LocalFile> files, Function<LocalFile, String> answer) {
        if (files.isEmpty()) {
            return null;
        }
        String first = answer.apply(files.get(0));
        for (LocalFile file : files) {
            if (first == null || !Objects.equals(first, answer.apply(file))) {
                return null;
            }
        }
        return first;
    }
}
