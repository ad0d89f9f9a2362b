package dev.filedeck.ui.files;

import dev.filedeck.api.FileObject;
import dev.filedeck.api.FilePage;
import dev.filedeck.api.ListQuery;
import dev.filedeck.ui.task.ProgressWork;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * Walks every page of a list in the background, collecting the files a search text matches, and
 * reports after each page. {@link #stop()} ends the walk before its next request: a cancel must
 * not cost the rest of a 100,000-file walk.
 */
final class SearchAllWalk implements ProgressWork<SearchTally, SearchTally> {

    private final FileCatalog catalog;
    private final ListQuery list;
    private final String text;
    private volatile boolean stopped;

    SearchAllWalk(FileCatalog catalog, ListQuery list, String text) {
        this.catalog = catalog;
        this.list = list.after(null).withLimit(FileCatalog.WALK_PAGE_SIZE);
        this.text = FileSearch.normalize(text);
    }

    @Override
    public SearchTally call(Consumer<? super SearchTally> progress) {
        long searched = 0;
        List<FileObject> matches = new ArrayList<>();
        Iterator<FilePage> pages = catalog.pages(list).iterator();
        while (pages.hasNext()) {
            stopIfAsked();
            FilePage page = pages.next();
            stopIfAsked();
            for (FileObject file : page.files()) {
                searched++;
                if (FileSearch.matches(file, text)) {
                    matches.add(file);
                }
            }
            progress.accept(new SearchTally(text, searched, matches, false));
        }
        return new SearchTally(text, searched, matches, true);
    }

    void stop() {
        stopped = true;
    }

    private void stopIfAsked() {
        if (stopped || Thread.currentThread().isInterrupted()) {
            throw new CancellationException("search stopped");
        }
    }
}
