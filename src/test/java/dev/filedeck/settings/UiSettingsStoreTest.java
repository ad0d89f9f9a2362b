package dev.filedeck.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UiSettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void roundTripKeepsEverything() throws Exception {
        UiSettingsStore store = new UiSettingsStore(dir.resolve("config").resolve("ui-settings.json"));
        UiSettings settings = UiSettings.defaults()
                .withWindow(new UiSettings.WindowBounds(10, 20, 1200, 800, false))
                .withColumns(List.of(new UiSettings.ColumnState("name", 300, true), new UiSettings.ColumnState("id", 120, false)), "bytes", false)
                .withPaging(250, false)
                .withLastUploadFolder("/home/me/data")
                .withPurposeChoice("JSONL", "batch")
                .withDarkTheme(true)
                .withMaxConcurrentTransfers(3);
        store.save(settings);
        assertEquals(settings, store.load());
        assertEquals("batch", store.load().purposeByExtension().get("jsonl"));
        assertTrue(store.lastProblem().isEmpty());
    }

    @Test
    void missingFileGivesDefaults() {
        assertEquals(UiSettings.defaults(), new UiSettingsStore(dir.resolve("absent.json")).load());
    }

    @Test
    void corruptFileIsMovedAsideAndDefaultsUsed() throws Exception {
        Path file = Files.writeString(dir.resolve("ui-settings.json"), "{\"pageSize\": 50, \"columns\": [tru");
        UiSettingsStore store = new UiSettingsStore(file);
        assertEquals(UiSettings.defaults(), store.load());
        assertTrue(store.lastProblem().orElseThrow().contains("reset"));
        try (Stream<Path> files = Files.list(dir)) {
            Path aside = files.filter(p -> p.getFileName().toString().startsWith("ui-settings.json.corrupt-")).findFirst().orElseThrow();
            assertEquals("{\"pageSize\": 50, \"columns\": [tru", Files.readString(aside), "the old file is kept as it was");
        }
        assertTrue(Files.notExists(file));
    }

    @Test
    void outOfRangeValuesFallBackToDefaults() throws Exception {
        Path file = Files.writeString(dir.resolve("ui-settings.json"), "{\"pageSize\": 7, \"maxConcurrentTransfers\": 99, \"unknown\": 1}");
        UiSettings loaded = new UiSettingsStore(file).load();
        assertEquals(100, loaded.pageSize());
        assertEquals(2, loaded.maxConcurrentTransfers());
    }

    @Test
    void purposeSuggestions() {
        Capabilities openAi = Capabilities.openAi();
        assertEquals("vision", openAi.suggestPurpose("Photo.JPG"));
        assertEquals("batch", openAi.suggestPurpose("batch-requests.jsonl"));
        assertEquals("fine-tune", openAi.suggestPurpose("train.jsonl"));
        assertEquals(null, openAi.suggestPurpose("archive.zip"));
        assertEquals(200L * 1024 * 1024, openAi.limitFor("batch"));
        assertEquals(512L * 1024 * 1024, openAi.limitFor("fine-tune"));
    }
}
