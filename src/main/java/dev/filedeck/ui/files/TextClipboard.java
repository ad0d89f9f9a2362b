package dev.filedeck.ui.files;

/** Where copied text goes: the system clipboard in the app, a fake in view-model tests. */
@FunctionalInterface
public interface TextClipboard {

    void putText(String text);
}
