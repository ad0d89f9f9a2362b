package dev.filedeck.ui.details;

import dev.filedeck.api.FileObject;
import dev.filedeck.ui.format.DisplayFormat;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DetailsViewModelTest {

    private static final Instant NOW = Instant.parse("2025-11-25T12:00:00Z");
    private static final DisplayFormat BERLIN = new DisplayFormat(ZoneId.of("Europe/Berlin"), Locale.ROOT);

    private final DetailsViewModel model = new DetailsViewModel(BERLIN, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void asksForASelectionWhenThereIsNone() {
        assertEquals(DetailsViewModel.Mode.NONE, model.modeProperty().get());
        assertEquals("Select a file to see its details", model.titleProperty().get());
        assertTrue(model.fields().isEmpty());
        assertFalse(model.copyId(text -> { }));
    }

    @Test
    void showsEveryFieldOfOneFileWithTimesInLocalTimeAndUtc() {
        FileObject file = new FileObject("file-abc", 12_400L, NOW.minusSeconds(3600).getEpochSecond(),
                NOW.plusSeconds(3 * 86_400).getEpochSecond(), "train.jsonl", "fine-tune", "error", "Line 3 is not JSON",
                "{\"id\":\"file-abc\",\"object\":\"file\",\"bytes\":12400,\"filename\":\"train.jsonl\"}");

        model.show(List.of(file));

        assertEquals(DetailsViewModel.Mode.ONE, model.modeProperty().get());
        assertEquals("train.jsonl", model.titleProperty().get());
        assertEquals("fine-tune · 12.4 KB", model.subtitleProperty().get());
        Map<String, String> fields = byLabel(model.fields());
        assertEquals("file-abc", fields.get("ID"));
        assertEquals("train.jsonl", fields.get("Name"));
        assertEquals("fine-tune", fields.get("Purpose"));
        assertEquals("12.4 KB (12,400 bytes)", fields.get("Size"));
        assertEquals("error", fields.get("Status"));
        assertEquals("Line 3 is not JSON", fields.get("Status details"));
        assertEquals("2025-11-25 12:00:00 CET", fields.get("Created"));
        assertEquals("2025-11-25 11:00:00 UTC", fields.get("Created (UTC)"));
        assertEquals("in 3 days · 2025-11-28 13:00:00 CET", fields.get("Expires"));
        assertEquals("2025-11-28 12:00:00 UTC", fields.get("Expires (UTC)"));
        assertTrue(model.extraFields().isEmpty());
        assertEquals("""
                {
                  "id" : "file-abc",
                  "object" : "file",
                  "bytes" : 12400,
                  "filename" : "train.jsonl"
                }""", model.rawJsonProperty().get().replace("\r\n", "\n"));
    }

    @Test
    void showsTheProvidersOwnFieldsApart() {
        FileObject file = new FileObject("file-m", 20L, NOW.getEpochSecond(), null, "a.jsonl", "fine-tune", null, null,
                "{\"id\":\"file-m\",\"object\":\"file\",\"num_lines\":2,\"mimetype\":\"application/jsonl\",\"source\":{\"kind\":\"upload\"}}");

        model.show(List.of(file));

        assertEquals(List.of(new DetailField("num_lines", "2"), new DetailField("mimetype", "application/jsonl"),
                new DetailField("source", "{\"kind\":\"upload\"}")), model.extraFields());
        assertEquals("Never", byLabel(model.fields()).get("Expires"));
        assertEquals("Not reported", byLabel(model.fields()).get("Status"));
    }

    @Test
    void revealsHiddenCharactersInNameAndRawJson() {
        FileObject file = new FileObject("file-x", 1L, NOW.getEpochSecond(), null, "invoice\u202Egpj.exe", "batch", null, null,
                "{\"id\":\"file-x\",\"filename\":\"invoice\u202Egpj.exe\"}");

        model.show(List.of(file));

        assertEquals("invoicegpj.exe", model.titleProperty().get());
        assertEquals("invoice<U+202E>gpj.exe", byLabel(model.fields()).get("Name"));
        assertTrue(model.rawJsonProperty().get().contains("\"invoice\\u202Egpj.exe\""), model.rawJsonProperty().get());
        assertFalse(model.rawJsonProperty().get().contains("\u202E"));
    }

    @Test
    void showsRawTextThatIsNotJsonAsItIs() {
        model.show(List.of(new FileObject("file-y", 1L, 1, null, "y", "batch", null, null, "not json")));
        assertEquals("not json", model.rawJsonProperty().get());
    }

    @Test
    void summarisesSeveralFilesWithTheirTotalSize() {
        model.show(List.of(file("file-1", "a.jsonl", 12_000L), file("file-2", "b.jsonl", 400L), file("file-3", "c.png", 5L)));

        assertEquals(DetailsViewModel.Mode.MANY, model.modeProperty().get());
        assertEquals("3 files selected", model.titleProperty().get());
        assertEquals("12.4 KB (12,405 bytes) in all", model.subtitleProperty().get());
        assertEquals(List.of(new DetailField("a.jsonl", "12.0 KB"), new DetailField("b.jsonl", "400 bytes"),
                new DetailField("c.png", "5 bytes")), model.listedFiles());
        assertTrue(model.fields().isEmpty());
        assertEquals("", model.rawJsonProperty().get());
    }

    @Test
    void followsASelectionAndCopiesItsIds() {
        ObservableList<FileObject> selection = FXCollections.observableArrayList();
        model.follow(selection);
        AtomicReference<String> clipboard = new AtomicReference<>();

        selection.add(file("file-1", "a.jsonl", 1L));
        assertEquals("a.jsonl", model.titleProperty().get());
        assertTrue(model.copyId(clipboard::set));
        assertEquals("file-1", clipboard.get());

        selection.add(file("file-2", "b.jsonl", 1L));
        assertEquals("2 files selected", model.titleProperty().get());
        model.copyId(clipboard::set);
        assertEquals("file-1\nfile-2", clipboard.get());

        selection.clear();
        assertEquals(DetailsViewModel.Mode.NONE, model.modeProperty().get());
    }

    private static FileObject file(String id, String name, Long bytes) {
        return new FileObject(id, bytes, NOW.getEpochSecond(), null, name, "batch", "processed", null, "{}");
    }

    private static Map<String, String> byLabel(List<DetailField> fields) {
        return fields.stream().collect(Collectors.toMap(DetailField::label, DetailField::value));
    }
}
