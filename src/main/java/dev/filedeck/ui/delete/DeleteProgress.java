package dev.filedeck.ui.delete;

/** How far a batch of deletes got: {@code finished} of {@code total} answered, either way. */
public record DeleteProgress(int finished, int total) {
}
