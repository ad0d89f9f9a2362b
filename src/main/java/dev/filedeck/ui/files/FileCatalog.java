package dev.filedeck.ui.files;

import dev.filedeck.api.FileObject;
import dev.filedeck.api.FilesClient;
import dev.filedeck.api.ListQuery;

import java.util.List;
import java.util.stream.Stream;

/** Where the files view gets its files from. Blocking: call it from a background task only. */
@FunctionalInterface
public interface FileCatalog {

    /**
     * Pages per request when listing everything: 100 times fewer round trips than one file a page
     * at 10,000 files, with answers still small enough to arrive quickly.
     */
    int PAGE_SIZE = 1000;

    /** Every file, newest first. */
    List<FileObject> listAll();

    /** The catalog of a connection, walking all its pages. */
    static FileCatalog of(FilesClient client) {
        return () -> {
            try (Stream<FileObject> files = client.listAll(ListQuery.firstPage(PAGE_SIZE))) {
                return files.toList();
            }
        };
    }
}
