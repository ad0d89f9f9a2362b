package dev.filedeck.ui.files;

import dev.filedeck.api.FileObject;

import java.util.Locale;

/** What a search box text matches: a file whose name or id contains it, ignoring case. */
final class FileSearch {

    private FileSearch() {
    }

    /** The text as searched for: trimmed; empty means no search. */
    static String normalize(String text) {
        return text == null ? "" : text.strip();
    }

    static boolean matches(FileObject file, String text) {
        String needle = normalize(text).toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return true;
        }
        return contains(file.filename(), needle) || contains(file.id(), needle);
    }

    private static boolean contains(String haystack, String lowerNeedle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(lowerNeedle);
    }
}
