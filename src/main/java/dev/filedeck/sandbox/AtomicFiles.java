package dev.filedeck.sandbox;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Crash-safe file replacement: write beside, force to disk, then rename over in one step. */
final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Writes the bytes to a temporary sibling and renames it over the target. */
    static void write(Path target, byte[] content, boolean durable) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            Files.write(temp, content);
            moveIntoPlace(temp, target, durable);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Renames a finished file over the target atomically. When durable, the content is forced to disk first
     * (so the new name never points at unwritten data) and the directory after (so the rename itself survives).
     */
    static void moveIntoPlace(Path source, Path target, boolean durable) throws IOException {
        if (durable) {
            force(source);
        }
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Only across file systems, which the data dir layout avoids; still better than failing.
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
        if (durable) {
            forceDirectory(target.getParent());
        }
    }

    static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Windows cannot open a directory this way; NTFS journals the rename anyway.
        }
    }
}
