package dev.filedeck.ui.upload;

/** Why a file will not be uploaded: found before anything is sent, so the user learns it at once. */
public enum UploadProblem {
    /** This process may not read it. */
    UNREADABLE,
    /** Nothing in it: no purpose has a use for an empty file, and providers refuse them. */
    EMPTY,
    /** Larger than the server takes for the chosen purpose. */
    OVER_LIMIT;

    /** The problem of a file under a size limit, or null when it can go. */
    public static UploadProblem of(LocalFile file, long limit) {
        if (!file.readable()) {
            return UNREADABLE;
        }
        if (file.size() == 0) {
            return EMPTY;
        }
        return file.size() > limit ? OVER_LIMIT : null;
    }
}
