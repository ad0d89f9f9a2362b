package dev.filedeck.ui.format;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SafeTextTest {

    @Test
    void dropsBidiOverridesSoANameCannotDisguiseItsExtension() {
        String disguised = "invoice\u202Egpj.exe"; // shows as "invoiceexe.jpg" where overrides are honoured
        assertEquals("invoicegpj.exe", SafeText.display(disguised));
        assertEquals("invoice<U+202E>gpj.exe", SafeText.revealed(disguised));
        assertTrue(SafeText.hasHiddenCharacters(disguised));
    }

    @Test
    void replacesControlCharactersInOneLineAndNamesThemInDetail() {
        assertEquals("a\uFFFDb\uFFFDc\uFFFDd", SafeText.display("a\nb\u0007c\u0085d"));
        assertEquals("a<U+000A>b<U+0007>c", SafeText.revealed("a\nb\u0007c"));
    }

    @Test
    void dropsZeroWidthAndIsolateCharacters() {
        assertEquals("report.pdf", SafeText.display("re\u200Bport\u2066.pdf\u2069\uFEFF"));
    }

    @Test
    void leavesOrdinaryTextInAnyScriptAloneHtmlIncluded() {
        for (String text : new String[]{"train.jsonl", "日本語のファイル.txt", "שלום.txt", "<b>bold</b> & \"quotes\"", "emoji 📄.png"}) {
            assertEquals(text, SafeText.display(text));
            assertEquals(text, SafeText.revealed(text));
            assertFalse(SafeText.hasHiddenCharacters(text));
        }
    }

    @Test
    void cutsVeryLongTextForDisplayAndBoundsTheDetailToo() {
        String huge = "x".repeat(1_000_000);
        String shown = SafeText.display(huge);
        assertEquals(SafeText.DISPLAY_LIMIT + 1, shown.length());
        assertTrue(shown.endsWith("…"));
        String detail = SafeText.revealed(huge);
        assertTrue(detail.length() < SafeText.DETAIL_LIMIT + 50, "length " + detail.length());
        assertTrue(detail.endsWith("(1,000,000 characters in all)"), detail.substring(detail.length() - 40));
    }

    @Test
    void nullIsEmpty() {
        assertEquals("", SafeText.display(null));
        assertEquals("", SafeText.revealed(null));
    }
}
