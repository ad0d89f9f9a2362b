package dev.filedeck.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;

/** The sandbox's API key: generated once per data dir and kept readable by its owner only. */
final class ApiKeys {

    static final String FILE_NAME = "api-key";

    private ApiKeys() {
    }

    static String generate() {
        return "sk-sandbox-" + Ids.base62(32);
    }

    /** Printable ASCII without spaces: anything else cannot travel in a header unchanged. */
    static boolean isWellFormed(String key) {
        return !key.isEmpty() && key.chars().allMatch(c -> c > 0x20 && c < 0x7F);
    }

    /** Reads the key kept in the data dir, or generates and keeps a new one. */
    static String loadOrCreate(Path dataDir, boolean durable) throws IOException {
        Path file = dataDir.resolve(FILE_NAME);
        if (Files.exists(file)) {
            String stored = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (isWellFormed(stored)) {
                return stored;
            }
        }
        String key = generate();
        Path temp = dataDir.resolve(FILE_NAME + ".tmp");
        Files.deleteIfExists(temp);
        createOwnerOnly(temp);
        Files.writeString(temp, key + "\n", StandardCharsets.US_ASCII);
        AtomicFiles.moveIntoPlace(temp, file, durable);
        return key;
    }

    private static void createOwnerOnly(Path file) throws IOException {
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        try {
            if (posix) {
                FileAttribute<?> ownerOnly = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
                Files.createFile(file, ownerOnly);
            } else {
                Files.createFile(file); // Windows: the profile folder's ACL already limits it to the user
            }
        } catch (FileAlreadyExistsException e) {
            throw new IOException("could not create " + file + " exclusively", e);
        }
    }

    /** Compares in constant time so response timing says nothing about the key. */
    static boolean matches(String expected, String presented) {
        if (presented == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }

    /** A presented key as error messages may show it: the ends at most, never the whole. */
    static String mask(String presented) {
        if (presented.length() < 12) {
            return "*".repeat(Math.min(presented.length(), 8));
        }
        int hidden = presented.length() - 8;
        return presented.substring(0, 4) + "*".repeat(Math.min(hidden, 20)) + presented.substring(presented.length() - 4);
    }
}
