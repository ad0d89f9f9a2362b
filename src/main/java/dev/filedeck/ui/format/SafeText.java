package dev.filedeck.ui.format;

/**
 * Makes untrusted text from a server (file names, purposes, status details) safe to show. A name
 * may hold control characters, bidi overrides that make "gpj.exe" read as "exe.jpg", zero-width
 * characters, or be megabytes long; none of that should reach a label as it is.
 */
public final class SafeText {

    /** Enough for any honest file name; longer ones are cut so that text layout stays fast. */
    public static final int DISPLAY_LIMIT = 300;
    /** Tooltips and details show more, but still a bounded amount. */
    public static final int DETAIL_LIMIT = 5000;

    private static final char REPLACEMENT = '\uFFFD';

    private SafeText() {
    }

    /**
     * For one line of a table or label: control characters become U+FFFD, invisible formatting
     * characters (bidi overrides, zero-width joiners) are dropped, and the text is cut with "…".
     */
    public static String display(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), DISPLAY_LIMIT + 1));
        int i = 0;
        while (i < text.length() && out.length() < DISPLAY_LIMIT) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isControl(cp)) {
                out.append(REPLACEMENT);
            } else if (!isInvisibleFormat(cp)) {
                out.appendCodePoint(cp);
            }
        }
        if (i < text.length()) {
            out.append('…');
        }
        return out.toString();
    }

    /**
     * For tooltips and the details panel, where the user wants to see exactly what is there: every
     * control and invisible formatting character is written as a visible {@code <U+202E>}.
     */
    public static String revealed(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), DETAIL_LIMIT) + 16);
        int i = 0;
        while (i < text.length() && out.length() < DETAIL_LIMIT) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isControl(cp) || isInvisibleFormat(cp)) {
                out.append(String.format("<U+%04X>", cp));
            } else {
                out.appendCodePoint(cp);
            }
        }
        if (i < text.length()) {
            out.append("… (").append(String.format("%,d", text.length())).append(" characters in all)");
        }
        return out.toString();
    }

    /** Whether the text holds anything {@link #display} would change (other than length). */
    public static boolean hasHiddenCharacters(String text) {
        return text != null && text.codePoints().anyMatch(cp -> isControl(cp) || isInvisibleFormat(cp));
    }

    private static boolean isControl(int cp) {
        return Character.getType(cp) == Character.CONTROL;
    }

    /**
     * Unicode's format characters (category Cf): bidi embeddings, overrides and isolates, zero-width
     * spaces and joiners, the BOM, soft hyphens, plus the line and paragraph separators.
     */
    private static boolean isInvisibleFormat(int cp) {
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }
}
