package dev.filedeck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The layers stay apart: the Files API client, the inspection logic and the sandbox server know nothing of JavaFX. */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "dev", "filedeck");

    private static List<String> offenders(String pkg, String... forbidden) throws IOException {
        Path folder = SOURCES.resolve(pkg);
        assertTrue(Files.isDirectory(folder), folder + " exists");
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> Stream.of(forbidden).anyMatch(word -> read(f).contains("import " + word)))
                    .map(Path::toString).toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void apiImportsNoJavaFxAndNoOtherLayer() throws IOException {
        assertEquals(List.of(), offenders("api", "javafx.", "dev.filedeck.sandbox", "dev.filedeck.ui", "dev.filedeck.app"));
    }

    @Test
    void inspectImportsNoJavaFxAndNoUi() throws IOException {
        assertEquals(List.of(), offenders("inspect", "javafx.", "dev.filedeck.sandbox", "dev.filedeck.ui", "dev.filedeck.app"));
    }

    @Test
    void sandboxImportsNoJavaFxAndNotTheClient() throws IOException {
        assertEquals(List.of(), offenders("sandbox", "javafx.", "dev.filedeck.api", "dev.filedeck.ui", "dev.filedeck.app"));
    }

    @Test
    void connectionsImportNoJavaFxAndNoUi() throws IOException {
        assertEquals(List.of(), offenders("connection", "javafx.", "dev.filedeck.ui", "dev.filedeck.app"));
    }

    @Test
    void settingsImportNoJavaFxAndNoOtherLayer() throws IOException {
        assertEquals(List.of(), offenders("settings", "javafx.", "dev.filedeck.ui", "dev.filedeck.app", "dev.filedeck.connection",
                "dev.filedeck.sandbox"));
    }

    /**
     * Tests run on the class path, where every package is open; the app runs as a module, where an
     * FXML view's package must be opened to javafx.fxml or the view fails to load. Check it here.
     */
    @Test
    void everyPackageWithFxmlViewsIsOpenedToFxml() throws IOException {
        String moduleInfo = Files.readString(Path.of("src", "main", "java", "module-info.java"));
        Path resources = Path.of("src", "main", "resources");
        List<String> missing;
        try (Stream<Path> files = Files.walk(resources)) {
            missing = files.filter(f -> f.toString().endsWith(".fxml"))
                    .map(f -> resources.relativize(f.getParent()).toString().replace(java.io.File.separatorChar, '.'))
                    .distinct()
                    .filter(pkg -> !moduleInfo.contains("opens " + pkg + " to javafx.fxml;"))
                    .toList();
        }
        assertEquals(List.of(), missing);
    }
}
