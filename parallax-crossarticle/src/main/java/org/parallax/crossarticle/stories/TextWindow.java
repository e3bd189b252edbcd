package org.parallax.crossarticle.stories;

/**
 * A part of a text, characters {@code [begin, end)}, whose meaning in its context is wanted
 * ({@link TextEmbedder#embedWindows}): an event trigger with the words around it, read inside its sentence.
 */
public record TextWindow(int begin, int end) {

    public TextWindow {
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("a text window is a non-empty range of characters, not [" + begin + ", " + end + ")");
        }
    }

    /**
     * The text under which a cache keeps this window's vector in {@code text}: the range and the text, behind a
     * character no text of an article starts with, so that it is never taken for a text of its own.
     */
    public String cacheText(String text) {
        return "\u0000window " + begin + '-' + end + '\u0000' + text;
    }
}
