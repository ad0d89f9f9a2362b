package dev.filedeck.ui.upload;

import dev.filedeck.inspect.JsonlFormat;
import dev.filedeck.inspect.JsonlValidator;
import dev.filedeck.inspect.ValidationReport;
import dev.filedeck.ui.task.ProgressWork;
import java.io.InputStream;
import java.nio.file.Files;

/** {@link LocalValidation} on the disk: the file streamed through the validator, read only. */
public final class LocalFileValidation implements LocalValidation {

    @Override
    public ProgressWork<ValidationReport, Long> check(LocalFile file, JsonlFormat format, long limitBytes) {
        return progress -> {
            try (InputStream in = Files.newInputStream(file.path())) {
                return new JsonlValidator(format, limitBytes).validate(in, file.size(), progress::accept);
            }
        };
    }
}
