package dev.filedeck.sandbox;

import java.io.Closeable;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The files of a sandbox, on disk and indexed in memory.
 *
 * <pre>
 * dataDir/
 *   files/&lt;id&gt;.bin    the content
 *   files/&lt;id&gt;.json   its metadata (the commit point: a blob without one is an orphan)
 *   tmp/               uploads in progress
 * </pre>
 *
 * The in-memory index is lock-free (concurrent maps), so no lock is held while content streams in or out.
 */
final class FileStore implements Closeable {

    private static final System.Logger LOG = System.getLogger(FileStore.class.getName());
    static final String FILES_DIR = "files";
    static final String TMP_DIR = "tmp";
    private static final String BLOB = ".bin";
    private static final String SIDECAR = ".json";

    /** One page of a cursor walk. */
    record Page(List<StoredFile> files, boolean hasMore) {
    }

    private final Path files;
    private final Path tmp;
    private final Clock clock;
    private final boolean durable;
    private final StorageQuota quota;
    private final DataDirLock lock;
    private final Map<String, StoredFile> byId = new ConcurrentHashMap<>();
    private final NavigableMap<SortKey, StoredFile> byKey = new ConcurrentSkipListMap<>();
    private final Tombstones tombstones = new Tombstones();
    private final AtomicLong nextSequence = new AtomicLong(1);

    private FileStore(Path dataDir, Limits limits, Clock clock, boolean durable, DataDirLock lock) {
        this.files = dataDir.resolve(FILES_DIR);
        this.tmp = dataDir.resolve(TMP_DIR);
        this.clock = clock;
        this.durable = durable;
        this.quota = new StorageQuota(limits.maxTotalBytes());
        this.lock = lock;
    }

    /** Locks the data dir and loads what it holds, cleaning up whatever an earlier crash left behind. */
    static FileStore open(Path dataDir, Limits limits, Clock clock, boolean durable) throws IOException {
        createPrivateDirectory(dataDir);
        DataDirLock lock = DataDirLock.acquire(dataDir);
        try {
            FileStore store = new FileStore(dataDir, limits, clock, durable, lock);
            store.load();
            return store;
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** A new data dir is the owner's alone where POSIX permissions exist: it holds the key and the user's files. */
    private static void createPrivateDirectory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Path parent = dir.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            if (parent != null && Files.getFileStore(parent).supportsFileAttributeView("posix")) {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectory(dir);
            }
        } catch (FileAlreadyExistsException e) {
            // created meanwhile; fine
        }
    }

    private void load() throws IOException {
        Files.createDirectories(files);
        Files.createDirectories(tmp);
        deleteContents(tmp); // uploads that were cut off by a crash or a kill

        List<StoredFile> loaded = new ArrayList<>();
        Set<String> blobs = new HashSet<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(files)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.endsWith(SIDECAR)) {
                    readSidecar(entry).ifPresent(loaded::add);
                } else if (name.endsWith(BLOB)) {
                    blobs.add(name.substring(0, name.length() - BLOB.length()));
                } else if (name.endsWith(".tmp")) {
                    deleteQuietly(entry); // a sidecar write that never reached its rename
                }
            }
        }
        loaded.sort(Comparator.comparing(StoredFile::sortKey).thenComparing(StoredFile::id));
        long now = now();
        for (StoredFile file : loaded) {
            if (!blobs.contains(file.id())) {
                LOG.log(Level.WARNING, "Sandbox: dropping {0}: its content is missing", file.id());
                deleteQuietly(sidecarPath(file.id()));
                continue;
            }
            if (file.isExpiredAt(now)) {
                deleteFromDisk(file);
                continue;
            }
            if (byKey.containsKey(file.sortKey())) {
                file = renumber(file); // only after hand-copied sidecars; keeps every key unique
            }
            index(file);
            quota.forceReserve(file.bytes());
            nextSequence.accumulateAndGet(file.sequence() + 1, Math::max);
        }
        for (String blobId : blobs) {
            if (!byId.containsKey(blobId)) {
                deleteQuietly(blobPath(blobId)); // content whose metadata never got written
            }
        }
    }

    private Optional<StoredFile> readSidecar(Path sidecar) {
        String name = sidecar.getFileName().toString();
        String stem = name.substring(0, name.length() - SIDECAR.length());
        try {
            StoredFile file = Sidecars.read(sidecar);
            if (!file.id().equals(stem) || !Ids.isFileId(stem)) {
                throw new IOException("the id inside does not match the name");
            }
            return Optional.of(file);
        } catch (IOException e) {
            // Atomic writes mean a crash cannot leave this; it was damaged from outside. Keep starting.
            LOG.log(Level.WARNING, "Sandbox: ignoring damaged metadata " + sidecar + ": " + e.getMessage());
            deleteQuietly(sidecar);
            return Optional.empty();
        }
    }

    private StoredFile renumber(StoredFile file) throws IOException {
        StoredFile renumbered = new StoredFile(file.id(), file.filename(), file.purpose(), file.bytes(), file.createdAt(),
                file.expiresAt(), nextSequence.getAndIncrement(), file.numLines());
        AtomicFiles.write(sidecarPath(file.id()), Sidecars.toJson(renumbered), durable);
        return renumbered;
    }

    long now() {
        return clock.instant().getEpochSecond();
    }

    StorageQuota quota() {
        return quota;
    }

    /** A fresh file in the data dir's tmp folder, on the same file system as the store so moves are atomic. */
    Path newTempFile() throws IOException {
        return Files.createTempFile(tmp, "upload-", ".part");
    }

    Path blobPath(String id) {
        return files.resolve(id + BLOB);
    }

    private Path sidecarPath(String id) {
        return files.resolve(id + SIDECAR);
    }

    /**
     * Moves a finished temp file into the store and records it. The caller has already reserved its bytes in
     * the quota; they stay reserved for as long as the file is stored.
     */
    StoredFile add(Path finishedTemp, String filename, String purpose, long bytes, long createdAt, Long expiresAt,
                   Long numLines) throws IOException {
        return add(unusedId(), finishedTemp, filename, purpose, bytes, createdAt, expiresAt, numLines);
    }

    /** An id no stored file has; a presigned upload announces it before the bytes arrive. */
    String unusedId() {
        String id = Ids.newFileId();
        while (byId.containsKey(id)) {
            id = Ids.newFileId();
        }
        return id;
    }

    /** As {@link #add(Path, String, String, long, long, Long, Long)}, under an id from {@link #unusedId()}. */
    StoredFile add(String id, Path finishedTemp, String filename, String purpose, long bytes, long createdAt, Long expiresAt,
                   Long numLines) throws IOException {
        if (byId.containsKey(id)) {
            throw new IllegalStateException("A file with id " + id + " is stored already");
        }
        StoredFile file = new StoredFile(id, filename, purpose, bytes, createdAt, expiresAt, nextSequence.getAndIncrement(), numLines);
        Path blob = blobPath(id);
        AtomicFiles.moveIntoPlace(finishedTemp, blob, durable);
        try {
            AtomicFiles.write(sidecarPath(id), Sidecars.toJson(file), durable);
        } catch (IOException e) {
            deleteQuietly(blob);
            throw e;
        }
        index(file);
        return file;
    }

    private void index(StoredFile file) {
        byKey.put(file.sortKey(), file);
        byId.put(file.id(), file);
    }

    /** A live file; an expired one is purged on the way. */
    Optional<StoredFile> find(String id) {
        StoredFile file = byId.get(id);
        if (file == null) {
            return Optional.empty();
        }
        if (file.isExpiredAt(now())) {
            remove(file);
            return Optional.empty();
        }
        return Optional.of(file);
    }

    /** Deletes a live file; false when there is none (or another request deleted it first). */
    boolean delete(String id) {
        return find(id).map(this::remove).orElse(false);
    }

    /** Where a cursor id sits in list order, also when that file was deleted or expired since. */
    Optional<SortKey> cursorKey(String id) {
        StoredFile file = byId.get(id);
        return Optional.ofNullable(file != null ? file.sortKey() : tombstones.find(id));
    }

    /** The live files after the cursor (exclusive) in the given order, at most {@code limit}. */
    Page page(SortKey after, boolean ascending, int limit, String purpose) {
        NavigableMap<SortKey, StoredFile> view = ascending ? byKey : byKey.descendingMap();
        if (after != null) {
            view = view.tailMap(after, false);
        }
        long now = now();
        List<StoredFile> page = new ArrayList<>();
        List<StoredFile> expired = new ArrayList<>();
        boolean hasMore = false;
        for (StoredFile file : view.values()) {
            if (file.isExpiredAt(now)) {
                expired.add(file);
            } else if (purpose == null || purpose.equals(file.purpose())) {
                if (page.size() == limit) {
                    hasMore = true;
                    break;
                }
                page.add(file);
            }
        }
        expired.forEach(this::remove);
        return new Page(List.copyOf(page), hasMore);
    }

    /** Every live file matching the filter, in the given order. */
    List<StoredFile> all(boolean ascending, Predicate<StoredFile> filter) {
        return page(null, ascending, Integer.MAX_VALUE, null).files().stream().filter(filter).toList();
    }

    /** Removes every expired file; returns how many. */
    int purgeExpired() {
        long now = now();
        int purged = 0;
        for (StoredFile file : byKey.values()) {
            if (file.isExpiredAt(now) && remove(file)) {
                purged++;
            }
        }
        return purged;
    }

    private boolean remove(StoredFile file) {
        tombstones.remember(file.id(), file.sortKey()); // before it vanishes, so a cursor on it never dangles
        if (!byId.remove(file.id(), file)) {
            return false;
        }
        byKey.remove(file.sortKey(), file);
        quota.release(file.bytes());
        deleteFromDisk(file);
        return true;
    }

    private void deleteFromDisk(StoredFile file) {
        deleteQuietly(sidecarPath(file.id())); // first: without its sidecar the blob is an orphan, never a ghost
        deleteQuietly(blobPath(file.id()));
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // Windows refuses while a download still reads it; the next start removes the orphan.
            LOG.log(Level.DEBUG, "Sandbox: could not delete {0} now: {1}", path, e.getMessage());
        }
    }

    private static void deleteContents(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                if (Files.isRegularFile(entry)) {
                    deleteQuietly(entry);
                }
            }
        } catch (NoSuchFileException e) {
            // nothing to clean
        }
    }

    int size() {
        return byId.size();
    }

    @Override
    public void close() throws IOException {
        lock.close();
    }
}
