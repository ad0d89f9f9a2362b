package dev.filedeck.ui.upload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dropped items on a real disk. */
class LocalFileScanTest {

    @TempDir
    Path dir;

    private final List<Integer> progress = new ArrayList<>();

    private ScanResult scan(Path... items) {
        return new LocalFileScan(List.of(items)).call(progress::add);
    }

    private Path write(String relative, int bytes) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.write(file, new byte[bytes]);
    }

    @Test
    void filesComeAsTheyAreWithTheirSizes() throws IOException {
        Path a = write("a.jsonl", 12);
        Path empty = write("empty.txt", 0);

        ScanResult result = scan(a, empty);

        assertEquals(List.of(new LocalFile(a, "a.jsonl", 12, true), new LocalFile(empty, "empty.txt", 0, true)), result.files());
        assertEquals(List.of(1, 2), progress);
    }

    @Test
    void foldersGiveTheirFilesRecursivelySortedByPathLeavingHiddenOnesOut() throws IOException {
        write("data/b.jsonl", 2);
        write("data/a.jsonl", 1);
        write("data/nested/deeper/c.csv", 3);
        write("data/.DS_Store", 4);
        write("data/.git/config", 5);

        ScanResult result = scan(dir.resolve("data"));

        assertEquals(List.of("data/a.jsonl", "data/b.jsonl", "data/nested/deeper/c.csv"),
                result.files().stream().map(LocalFile::displayName).toList());
        assertEquals(List.of(1L, 2L, 3L), result.files().stream().map(LocalFile::size).toList());
        assertEquals("c.csv", result.files().get(2).uploadName());
        assertEquals(2, result.hiddenSkipped());
        assertFalse(result.truncated());
    }

    @Test
    void aHiddenFileChosenExplicitlyIsTaken() throws IOException {
        Path hidden = write(".env.sample", 3);

        assertEquals(List.of(".env.sample"), scan(hidden).files().stream().map(LocalFile::displayName).toList());
    }

    @Test
    void aLinkBackUpTheTreeIsNotWalkedTwiceAndEachFileComesOnce() throws IOException {
        Path a = write("data/a.jsonl", 1);
        write("data/sub/b.jsonl", 2);
        Files.createSymbolicLink(dir.resolve("data/sub/loop"), dir.resolve("data"));

        ScanResult result = scan(dir.resolve("data"), a);

        assertEquals(List.of("data/a.jsonl", "data/sub/b.jsonl"), result.files().stream().map(LocalFile::displayName).toList());
        assertEquals(0, result.unreadableFolders());
    }

    @Test
    void aMissingItemIsListedAsUnreadable() {
        Path gone = dir.resolve("gone.jsonl");

        ScanResult result = scan(gone);

        assertEquals(List.of(new LocalFile(gone, "gone.jsonl", 0, false)), result.files());
    }

    @Test
    void stopsAtTheCap() throws IOException {
        for (int i = 0; i < 7; i++) {
            write("many/f" + i + ".txt", 1);
        }

        ScanResult result = new LocalFileScan(List.of(dir.resolve("many")), 5).call(progress::add);

        assertEquals(5, result.files().size());
        assertTrue(result.truncated());
    }
}
