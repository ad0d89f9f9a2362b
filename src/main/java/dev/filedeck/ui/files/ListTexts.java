package dev.filedeck.ui.files;

import dev.filedeck.api.FilePage;
import dev.filedeck.ui.format.DisplayFormat;
import dev.filedeck.ui.format.SafeText;

/** The words the files view shows about its list: the page label, the search status, why it is empty. */
final class ListTexts {

    /** Why the table is empty, and how to say it. */
    record Empty(EmptyReason reason, String message) {
    }

    private final DisplayFormat format;

    ListTexts(DisplayFormat format) {
        this.format = format;
    }

    /** "Files 51–100", with " of 260" when the total is known; "No files" for an empty page. */
    String pageLabel(PageTarget target, FilePage page) {
        if (page.files().isEmpty()) {
            return "No files";
        }
        String range = "Files " + format.count(target.offset() + 1) + "–" + format.count(target.offset() + page.files().size());
        return page.total() == null ? range : range + " of " + format.count(page.total());
    }

    /**
     * @param results the search of all files shown (running or done), or null
     * @param running whether that search still runs
     * @param text the search text, normalized
     * @param shownRows how many rows the page filter leaves
     */
    String searchStatus(SearchTally results, boolean running, String text, int shownRows) {
        if (running) {
            return results == null ? "Searching all files…"
                    : "Searched " + format.files(results.searched()) + "… " + matches(results.matches().size());
        }
        if (results != null) {
            return matches(results.matches().size()) + " in all " + format.files(results.searched());
        }
        return text.isEmpty() ? "" : matches(shownRows) + " on this page";
    }

    /**
     * @param searchShown whether a search of all files is shown (running or done)
     * @param running whether it still runs
     * @param pageHasFiles whether the page listed has files (the search hides them all)
     * @param purpose the purpose filtered for, or null
     */
    Empty empty(boolean searchShown, boolean running, String text, boolean pageHasFiles, String purpose) {
        String quoted = "“" + SafeText.display(text) + "”";
        if (searchShown) {
            return running ? new Empty(EmptyReason.SEARCHING, "Searching all files…")
                    : new Empty(EmptyReason.NO_SEARCH_MATCH, "No file matches " + quoted);
        }
        if (!text.isEmpty() && pageHasFiles) {
            return new Empty(EmptyReason.NO_SEARCH_MATCH, "No file on this page matches " + quoted);
        }
        if (purpose != null) {
            return new Empty(EmptyReason.NO_PURPOSE_MATCH, "No files with purpose “" + SafeText.display(purpose) + "”");
        }
        return new Empty(EmptyReason.NO_FILES, "No files yet: drop files here to upload");
    }

    private String matches(int count) {
        return count == 1 ? "1 match" : format.count(count) + " matches";
    }
}
