package dev.filedeck.connection;

/** A key could not be read, kept or forgotten. The message says where and why, never the key. */
public final class SecretStoreException extends Exception {

    public SecretStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
