package dev.filedeck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filedeck.api.Version;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the launcher answers before JavaFX starts. */
class MainTest {

    @Test
    void versionFlagPrintsTheBuildsVersionAndStartsNothing() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            Main.main(new String[] {"--version"});
        } finally {
            System.setOut(original);
        }

        assertEquals("FileDeck " + Version.current() + System.lineSeparator(), printed.toString(StandardCharsets.UTF_8));
        // Maven filters the pom's version into the build: a real one, not the fallback.
        assertTrue(Version.current().matches("\\d+\\.\\d+\\.\\d+.*"), Version.current());
    }
}
