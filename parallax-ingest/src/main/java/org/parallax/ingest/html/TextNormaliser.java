package org.parallax.ingest.html;

/**
 * Whitespace normalisation for extracted text: every run of white space (including no-break and
 * other Unicode spaces, tabs and line breaks) becomes one space, zero-width characters are dropped,
 * and the ends are trimmed. Stateless and thread-safe.
 */
final class TextNormaliser {

    private TextNormaliser() {
    }

    /**
     * Whether a character counts as white space in page text.
     *
     * @param c any character
     * @return true for ASCII white space, no-break spaces and the Unicode space separators
     */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B'
                || c == '\u00A0' || c == '\u2028' || c == '\u2029' || c == '\u3000' || c == '\u202F'
                || c == '\u205F' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A');
    }

    /** Whether a character is invisible and should vanish (zero-width spaces and joiners, BOM). */
    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\uFEFF' || c == '\u00AD' || c == '\u2060';
    }

    /**
     * Normalises white space.
     *
     * @param text any text
     * @return the text with white space collapsed to single spaces and trimmed
     */
    static String normalise(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
            } else if (!isInvisible(c)) {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
