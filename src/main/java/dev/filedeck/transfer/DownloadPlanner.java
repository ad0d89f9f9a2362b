package dev.filedeck.transfer;

import dev.filedeck.api.DownloadRequest;
import dev.filedeck.api.FileObject;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Decides where each file of a download goes and which targets are already taken, so that the
 * user can be asked before anything is overwritten. It looks at the disk: call it off the UI thread.
 */
public final class DownloadPlanner {

    private DownloadPlanner() {
    }

    /**
     * One file to save.
     *
     * @param file the remote file
     * @param target where it goes
     * @param keepBothTarget a free name beside the target ("name (1).ext") when the target exists, otherwise null
     */
    public record PlannedDownload(FileObject file, Path target, Path keepBothTarget) {

        public PlannedDownload {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(target, "target");
        }

        /** Whether a file already exists at the target. */
        public boolean conflicts() {
            return keepBothTarget != null;
        }

        /** Saves to the target, refusing to replace a file that appeared there meanwhile. */
        public DownloadRequest request() {
            return DownloadRequest.of(file.id(), target).expecting(file.bytes());
        }

        /** Saves to the target, replacing what is there. */
        public DownloadRequest replacing() {
            return request().replacingExisting();
        }

        /** Saves beside the existing file under a free numbered name. */
        public DownloadRequest keepingBoth() {
            if (keepBothTarget == null) {
                throw new IllegalStateException("No conflict to keep both sides of: " + target);
            }
            return DownloadRequest.of(file.id(), keepBothTarget).expecting(file.bytes());
        }
    }

    /** One file saved where the user chose. */
    public static PlannedDownload toFile(FileObject file, Path target) {
        Path folder = target.toAbsolutePath().getParent();
        String name = target.getFileName().toString();
        Path alternative = exists(target) ? firstFree(folder, name, new HashSet<>()) : null;
        return new PlannedDownload(file, target, alternative);
    }

    /**
     * Several files saved into a folder under their safe names. Two files of the same name in one
     * batch never land on each other: the later ones are numbered without asking.
     */
    public static List<PlannedDownload> intoFolder(Path folder, List<FileObject> files) {
        // Lower case: two names differing in case are one file on Windows and macOS.
        Set<String> planned = new HashSet<>();
        List<PlannedDownload> plans = new ArrayList<>(files.size());
        for (FileObject file : files) {
            String name = SafeFileName.of(file.filename(), file.id());
            Path target = planned.contains(key(name)) ? firstFree(folder, name, planned) : folder.resolve(name);
            planned.add(key(target.getFileName().toString()));
            Path alternative = exists(target) ? firstFree(folder, name, planned) : null;
            if (alternative != null) {
                planned.add(key(alternative.getFileName().toString()));
            }
            plans.add(new PlannedDownload(file, target, alternative));
        }
        return plans;
    }

    /** "name (1).ext", "name (2).ext", …: the first that neither exists nor is planned. */
    private static Path firstFree(Path folder, String name, Set<String> planned) {
        for (int number = 1; ; number++) {
            String candidate = SafeFileName.numbered(name, number);
            Path path = folder.resolve(candidate);
            if (!planned.contains(key(candidate)) && !exists(path)) {
                return path;
            }
        }
    }

    /** A dangling symbolic link counts as taken: replacing it silently is still replacing. */
    private static boolean exists(Path path) {
        return Files.exists(path, LinkOption.NOFOLLOW_LINKS);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
