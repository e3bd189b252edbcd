package org.parallax.ingest.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The paragraph layout every article text shares: Unicode NFC, {@code \n} line ends, no trailing
 * spaces, paragraphs separated by exactly one blank line, nothing blank at either end.
 */
public final class Paragraphs {

    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*(?:\\n[ \\t]*)+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]");

    private Paragraphs() {
    }

    /** Brings any text into the shared layout. */
    public static String normalize(String text) {
        String result = Normalizer.normalize(text, Normalizer.Form.NFC)
                .replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace('\u00A0', ' ')
                .replace('\u2028', '\n')
                .replace('\u2029', '\n');
        result = INVISIBLE.matcher(result).replaceAll("");
        result = result.replaceAll("[ \\t\\f\\u000B]+\\n", "\n");
        result = BLANK_LINES.matcher(result).replaceAll("\n\n");
        return result.strip();
    }

    /** The paragraphs of a normalized text, without their separating blank lines. */
    public static List<String> split(String normalized) {
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : normalized.split("\n\n")) {
            if (!paragraph.isBlank()) {
                paragraphs.add(paragraph);
            }
        }
        return paragraphs;
    }

    /** The inverse of {@link #split}. */
    public static String join(List<String> paragraphs) {
        return String.join("\n\n", paragraphs);
    }

    /** How many words a line has, counting white-space separated tokens. */
    public static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
