package dev.filedeck.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Names from the server are untrusted: whatever they hold, the result is one harmless path segment. */
class SafeFileNameTest {

    private static final Pattern WINDOWS_RESERVED = Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\\..*)?");

    @Test
    void ordinaryNamesStayAsTheyAre() {
        assertEquals("batch-requests.jsonl", SafeFileName.of("batch-requests.jsonl", "file-1"));
        assertEquals("Résumé 2025 (final).pdf", SafeFileName.of("Résumé 2025 (final).pdf", "file-1"));
        assertEquals("数据集.jsonl", SafeFileName.of("数据集.jsonl", "file-1"));
        assertEquals("a.b.c.txt", SafeFileName.of("a.b.c.txt", "file-1"));
    }

    @Test
    void pathsCannotClimbOutOfTheFolder() {
        assertEquals("_._etc_passwd", SafeFileName.of("../../etc/passwd", "file-1"));
        assertEquals("_._windows_system32_evil.dll", SafeFileName.of("..\\..\\windows\\system32\\evil.dll", "file-1"));
        assertEquals("_tmp_x", SafeFileName.of("/tmp/x", "file-1"));
        assertEquals("file-1", SafeFileName.of("..", "file-1"));
        assertEquals("file-1", SafeFileName.of(".", "file-1"));
        assertEquals("file.txt", SafeFileName.of("file....txt", "file-1"));
    }

    @Test
    void controlAndBidiCharactersAreRemoved() {
        assertEquals("invoicetxt.exe", SafeFileName.of("invoice\u202Etxt.exe", "file-1"));
        assertEquals("ab.txt", SafeFileName.of("a\u0000b\n.txt", "file-1"));
        assertEquals("report.pdf", SafeFileName.of("re\u2066po\u2069rt\u200F.pdf", "file-1"));
        assertEquals("tab.txt", SafeFileName.of("t\ta\rb\u007F.txt", "file-1"));
        assertEquals("x.txt", SafeFileName.of("\uFEFFx.txt", "file-1"));
    }

    @Test
    void charactersWindowsForbidsAreReplaced() {
        assertEquals("a_b_c_d_e_f_g_.txt", SafeFileName.of("a<b>c:d\"e|f?g*.txt", "file-1"));
    }

    @Test
    void trailingDotsAndSpacesAndLeadingDotsGo() {
        assertEquals("notes.txt", SafeFileName.of("notes.txt. . ", "file-1"));
        assertEquals("bashrc", SafeFileName.of(".bashrc", "file-1"));
        assertEquals("name", SafeFileName.of("  name  ", "file-1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CON", "con", "PRN.txt", "aux.tar.gz", "NUL", "COM1", "com9.log", "LPT1", "lpt9.jsonl", "CON .txt", "COM¹"})
    void reservedWindowsNamesArePrefixed(String reserved) {
        String safe = SafeFileName.of(reserved, "file-1");
        assertTrue(safe.startsWith("_"), safe);
        assertFalse(WINDOWS_RESERVED.matcher(safe).matches(), safe);
    }

    @Test
    void namesThatOnlyLookReservedStay() {
        assertEquals("CONSOLE.txt", SafeFileName.of("CONSOLE.txt", "file-1"));
        assertEquals("COM10", SafeFileName.of("COM10", "file-1"));
        assertEquals("my con.txt", SafeFileName.of("my con.txt", "file-1"));
    }

    @Test
    void longNamesAreCutToTwoHundredBytesKeepingTheExtension() {
        String safe = SafeFileName.of("x".repeat(500) + ".jsonl", "file-1");
        assertEquals(SafeFileName.MAX_BYTES, bytes(safe));
        assertTrue(safe.endsWith("x.jsonl"), safe);

        // Multi-byte characters are never cut in half.
        String wide = SafeFileName.of("日本語".repeat(100) + ".txt", "file-1");
        assertTrue(bytes(wide) <= SafeFileName.MAX_BYTES, wide);
        assertTrue(wide.endsWith("語.txt") || wide.endsWith("日.txt") || wide.endsWith("本.txt"), wide);
        String emoji = SafeFileName.of("😀".repeat(120), "file-1");
        assertEquals(200, bytes(emoji));
        assertEquals(emoji, new String(emoji.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }

    @Test
    void nothingUsableLeftNamesTheFileAfterItsId() {
        assertEquals("file-abc123", SafeFileName.of("", "file-abc123"));
        assertEquals("file-abc123", SafeFileName.of(null, "file-abc123"));
        assertEquals("file-abc123", SafeFileName.of("\u202E\u0000 ...", "file-abc123"));
        assertEquals("file-42", SafeFileName.of("   ", "42"));
        assertEquals("file-_x", SafeFileName.of("", "../x"));
        assertEquals("file", SafeFileName.of(null, null));
    }

    @Test
    void numberedCopiesKeepTheExtension() {
        assertEquals("report (1).csv", SafeFileName.numbered("report.csv", 1));
        assertEquals("report (12).csv", SafeFileName.numbered("report.csv", 12));
        assertEquals("archive (2).tar.gz", SafeFileName.numbered("archive.tar.gz", 2));
        assertEquals("README (1)", SafeFileName.numbered("README", 1));
        String numbered = SafeFileName.numbered(SafeFileName.of("y".repeat(400) + ".txt", "f"), 3);
        assertEquals(SafeFileName.MAX_BYTES, bytes(numbered));
        assertTrue(numbered.endsWith("y (3).txt"), numbered);
    }

    @Test
    void hostileNamesAlwaysGiveOneHarmlessSegment() {
        List<String> hostile = List.of("../../../../etc/shadow", "..\\..\\boot.ini", "/", "\\\\server\\share\\x", "C:\\Windows\\x",
                "~/.ssh/authorized_keys", "a/../../b", "\u202Egpj.exe", "NUL.txt", "....", ". .", "x".repeat(1000),
                "name\u0000.txt", "\uD800lone-surrogate.txt", "LPT3 .jsonl");
        Path folder = Path.of("/safe/folder");
        for (String name : hostile) {
            String safe = SafeFileName.of(name, "file-xyz");
            assertFalse(safe.isEmpty(), name);
            assertFalse(safe.contains("/") || safe.contains("\\") || safe.contains(".."), safe);
            assertFalse(safe.startsWith(".") || safe.endsWith(".") || safe.endsWith(" "), safe);
            assertTrue(bytes(safe) <= SafeFileName.MAX_BYTES, safe);
            assertTrue(safe.chars().noneMatch(c -> c < 0x20 || c == 0x7F || Character.isSurrogate((char) c)), safe);
            assertFalse(WINDOWS_RESERVED.matcher(safe).matches(), safe);
            assertEquals(folder, folder.resolve(safe).normalize().getParent(), safe);
        }
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
