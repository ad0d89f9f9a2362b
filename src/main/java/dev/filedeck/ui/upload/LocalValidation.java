package dev.filedeck.ui.upload;

import dev.filedeck.inspect.JsonlFormat;
import dev.filedeck.inspect.ValidationReport;
import dev.filedeck.ui.task.ProgressWork;

/** Checks a local file's content for a purpose: blocking work for the background, reporting bytes read. */
@FunctionalInterface
public interface LocalValidation {

    ProgressWork<ValidationReport, Long> check(LocalFile file, JsonlFormat format, long limitBytes);
}
