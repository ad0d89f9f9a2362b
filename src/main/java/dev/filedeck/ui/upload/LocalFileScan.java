package dev.filedeck.ui.upload;

import dev.filedeck.ui.task.ProgressWork;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns dropped or chosen items into the files to upload: files as they are, folders by their
 * files, recursively. Blocking disk work: run it as a background task. Reports the number of files
 * found so far as progress.
 *
 * <p>Inside folders, hidden entries are left out (a dropped project folder should not upload its
 * {@code .git}); symbolic links are followed, but a link back up the tree is not walked twice.
 * Items given explicitly are taken even when hidden: the user picked them.
 */
public final class LocalFileScan implements ProgressWork<ScanResult, Integer> {

    /** Enough for any sensible upload; a drop of a home folder by mistake stops here instead of running on. */
    public static final int MAX_FILES = 10_000;

    private final List<Path> items;
    private final int maxFiles;

    public LocalFileScan(List<Path> items) {
        this(items, MAX_FILES);
    }

    LocalFileScan(List<Path> items, int maxFiles) {
        this.items = List.copyOf(items);
        this.maxFiles = maxFiles;
    }

    @Override
    public ScanResult call(Consumer<? super Integer> progress) {
        Collector found = new Collector(progress, maxFiles);
        for (Path item : items) {
            if (found.full() || Thread.currentThread().isInterrupted()) {
                break;
            }
            BasicFileAttributes attributes = attributesOf(item);
            if (attributes != null && attributes.isDirectory()) {
                walk(item, found);
            } else {
                found.add(new LocalFile(item, nameOf(item), attributes == null ? 0 : attributes.size(),
                        attributes != null && Files.isReadable(item)));
            }
        }
        return new ScanResult(found.files, found.hidden, found.unreadableFolders, found.full());
    }

    private static void walk(Path folder, Collector found) {
        Path base = folder.toAbsolutePath().normalize().getParent();
        List<LocalFile> inFolder = new ArrayList<>();
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (Thread.currentThread().isInterrupted()) {
                        return FileVisitResult.TERMINATE;
                    }
                    if (!dir.equals(folder) && isHidden(dir)) {
                        found.hidden++;
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (isHidden(file)) {
                        found.hidden++;
                    } else if (attrs.isRegularFile()) {
                        LocalFile local = new LocalFile(file, relativeName(base, file), attrs.size(), Files.isReadable(file));
                        if (found.add(local)) {
                            inFolder.add(local);
                        }
                    }
                    // Sockets, devices and pipes are no files to upload: passed over without a word.
                    return found.full() ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException error) {
                    // A link back up the tree is skipped quietly; anything else is a folder we may not list.
                    if (!(error instanceof FileSystemLoopException)) {
                        found.unreadableFolders++;
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            found.unreadableFolders++;
        }
        // The file system lists in no useful order; people look for their files by path.
        List<LocalFile> sorted = new ArrayList<>(inFolder);
        sorted.sort(Comparator.comparing(LocalFile::displayName, String.CASE_INSENSITIVE_ORDER));
        found.replaceTail(inFolder.size(), sorted);
    }

    private static BasicFileAttributes attributesOf(Path item) {
        try {
            return Files.readAttributes(item, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean isHidden(Path path) {
        if (nameOf(path).startsWith(".")) {
            return true;
        }
        try {
            return Files.isHidden(path);
        } catch (IOException e) {
            return false;
        }
    }

    private static String nameOf(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }

    /** "data/sub/train.jsonl" with forward slashes on every system. */
    private static String relativeName(Path base, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path relative = base == null ? absolute : base.relativize(absolute);
        List<String> parts = new ArrayList<>();
        relative.forEach(part -> parts.add(part.toString()));
        return String.join("/", parts);
    }

    /** The files found so far, each once however it was reached. */
    private static final class Collector {
        private final Consumer<? super Integer> progress;
        private final int max;
        private final List<LocalFile> files = new ArrayList<>();
        private final Set<Path> seen = new HashSet<>();
        private int hidden;
        private int unreadableFolders;

        Collector(Consumer<? super Integer> progress, int max) {
            this.progress = progress;
            this.max = max;
        }

        boolean add(LocalFile file) {
            if (full() || !seen.add(identity(file.path()))) {
                return false;
            }
            files.add(file);
            progress.accept(files.size());
            return true;
        }

        boolean full() {
            return files.size() >= max;
        }

        void replaceTail(int count, List<LocalFile> replacement) {
            files.subList(files.size() - count, files.size()).clear();
            files.addAll(replacement);
        }

        /** The real path when there is one: a folder and a link to it give the same files. */
        private static Path identity(Path path) {
            try {
                return path.toRealPath();
            } catch (IOException e) {
                return path.toAbsolutePath().normalize();
            }
        }
    }
}
