package dev.filedeck.ui.preview;

import dev.filedeck.api.FileObject;
import dev.filedeck.inspect.Preview;

/** Reads the start of a remote file; blocking, run in the background, stopped by interruption. */
@FunctionalInterface
public interface PreviewSource {

    Preview load(FileObject file, int limit) throws Exception;
}
