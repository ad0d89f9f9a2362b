package dev.filedeck.ui.files;

import dev.filedeck.api.FileObject;

import java.util.List;

/**
 * How far a search of every page got.
 *
 * @param text what is searched for
 * @param searched how many files were looked at
 * @param matches the matching files so far, in list order
 * @param complete whether every page was searched
 */
public record SearchTally(String text, long searched, List<FileObject> matches, boolean complete) {

    public SearchTally {
        matches = List.copyOf(matches);
    }
}
