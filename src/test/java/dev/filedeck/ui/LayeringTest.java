package dev.filedeck.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Cheap checks of the layering: logic stays free of the UI toolkit, view models free of controls and I/O. */
class LayeringTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/filedeck");

    @Test
    void settingsUseNoJavaFx() throws IOException {
        assertEquals(List.of(), filesImporting(SOURCES.resolve("settings"), "import javafx."));
    }

    @Test
    void inspectUsesNoJavaFx() throws IOException {
        assertEquals(List.of(), filesImporting(SOURCES.resolve("inspect"), "import javafx."));
    }

    @Test
    void viewModelsUseNoControlsFxmlOrClient() throws IOException {
        List<Path> viewModels = sources(SOURCES.resolve("ui")).filter(p -> p.getFileName().toString().endsWith("ViewModel.java")).toList();
        assertFalse(viewModels.isEmpty());
        for (Path viewModel : viewModels) {
            String source = Files.readString(viewModel);
            for (String forbidden : List.of("import javafx.scene", "import javafx.fxml", "import javafx.stage",
                    "import javafx.concurrent", "import dev.filedeck.api.FilesClient", "import java.net.", "import java.nio.file")) {
                assertFalse(source.contains(forbidden), viewModel + " must not " + forbidden);
            }
        }
    }

    private static List<Path> filesImporting(Path folder, String prefix) throws IOException {
        List<Path> found = new java.util.ArrayList<>();
        for (Path source : sources(folder).toList()) {
            if (Files.readString(source).contains(prefix)) {
                found.add(source);
            }
        }
        return found;
    }

    private static Stream<Path> sources(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.toString().endsWith(".java")).toList().stream();
        }
    }
}
