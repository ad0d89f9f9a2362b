package dev.filedeck.connection;

/** Where a connection's API key is kept. Never in the connections file itself. */
public enum KeyStorage {
    /** The operating system's keychain: Secret Service (GNOME Keyring, KWallet), macOS Keychain, Windows Credential Manager. */
    KEYCHAIN("System keychain"),
    /** A file only this user can read (0600), for systems without a keychain. */
    OWNER_ONLY_FILE("File readable only by you"),
    /** Not kept: asked for when connecting and forgotten when FileDeck quits. */
    ASK_EACH_TIME("Ask each time");

    private final String label;

    KeyStorage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
