package dev.filedeck.transfer;

/** Which way a transfer moves bytes. */
public enum TransferDirection {
    UPLOAD, DOWNLOAD
}
