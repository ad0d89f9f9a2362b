package dev.filedeck.settings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One JSON file FileDeck keeps. Saving writes a temporary file beside it, flushes it to disk and
 * renames it over the old one, so a crash leaves either the old file or the new one, never half of
 * one. A file that cannot be read is moved aside (kept, never deleted) and the defaults are used,
 * with a sentence for the person saying so.
 *
 * @param <T> the record the file holds
 */
public final class JsonFile<T> {

    private static final System.Logger LOG = System.getLogger(JsonFile.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    /** What a load found: the value, and what went wrong if the file had to be set aside. */
    public record Loaded<T>(T value, Optional<String> problem) {
    }

    private final Path file;
    private final Class<T> type;
    private final String description;
    private final boolean ownerOnly;

    /**
     * @param description what the file holds, for messages: "The connections", "The window settings"
     * @param ownerOnly whether only the owner may read it (0600 where the file system has POSIX permissions)
     */
    public JsonFile(Path file, Class<T> type, String description, boolean ownerOnly) {
        this.file = file;
        this.type = type;
        this.description = description;
        this.ownerOnly = ownerOnly;
    }

    public Path path() {
        return file;
    }

    /** Blocking. A missing file gives the defaults without a problem. */
    public Loaded<T> load(Supplier<T> defaults) {
        if (!Files.exists(file)) {
            return new Loaded<>(defaults.get(), Optional.empty());
        }
        try {
            T loaded = JSON.readValue(file.toFile(), type);
            if (loaded == null) {
                throw new IOException("the file is empty");
            }
            return new Loaded<>(loaded, Optional.empty());
        } catch (IOException | RuntimeException e) {
            String problem = setAside(e);
            LOG.log(Level.WARNING, problem + " Cause: " + e.getMessage());
            return new Loaded<>(defaults.get(), Optional.of(problem));
        }
    }

    private String setAside(Exception cause) {
        Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + Instant.now().getEpochSecond());
        try {
            Files.move(file, aside);
            return description + " could not be read and were reset. The old file was kept as " + aside + ".";
        } catch (IOException moveFailed) {
            return description + " could not be read (" + file + ") and were reset.";
        }
    }

    /** Blocking; atomic. */
    public void save(T value) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = ownerOnly && supportsPosix(folder)
                ? Files.createTempFile(folder, file.getFileName().toString(), ".tmp", ownerOnlyAttribute())
                : Files.createTempFile(folder, file.getFileName().toString(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = Channels.newOutputStream(channel)) {
                JSON.writeValue(new NonClosing(out), value);
                out.flush();
                channel.force(true);
            }
            if (!ownerOnly && supportsPosix(folder)) {
                // createTempFile makes owner-only files; an ordinary settings file gets the usual permissions.
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static boolean supportsPosix(Path folder) throws IOException {
        return Files.getFileStore(folder).supportsFileAttributeView("posix");
    }

    private static FileAttribute<Set<PosixFilePermission>> ownerOnlyAttribute() {
        return PosixFilePermissions.asFileAttribute(OWNER_ONLY);
    }

    /** Jackson closes the stream it wrote; the channel must stay open until it is forced to disk. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
