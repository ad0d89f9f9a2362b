package dev.filedeck.inspect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes a test file and validates it as a user's upload would be. */
final class Reports {

    private Reports() {
    }

    static Path write(Path dir, String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    static ValidationReport validate(Path file, JsonlFormat format) throws IOException {
        return validate(file, format, Long.MAX_VALUE);
    }

    static ValidationReport validate(Path file, JsonlFormat format, long limit) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new JsonlValidator(format, limit).validate(in, Files.size(file), bytes -> { });
        }
    }

    /** "2:14 message" for each listed problem. */
    static List<String> described(ValidationReport report) {
        return report.problems().stream().map(Problem::describe).toList();
    }

    static List<String> errors(ValidationReport report) {
        return report.problems().stream().filter(Problem::isError).map(Problem::describe).toList();
    }

    static List<String> warnings(ValidationReport report) {
        return report.problems().stream().filter(p -> !p.isError()).map(Problem::describe).toList();
    }
}
