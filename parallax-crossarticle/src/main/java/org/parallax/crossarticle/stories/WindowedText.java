package org.parallax.crossarticle.stories;

import java.util.List;
import java.util.Objects;

/** A text to embed as a whole and in some windows of it ({@link TextEmbedder#embedWindows}). */
public record WindowedText(String text, List<TextWindow> windows) {

    public WindowedText {
        Objects.requireNonNull(text, "text");
        windows = List.copyOf(windows);
        for (TextWindow window : windows) {
            if (window.end() > text.length()) {
                throw new IllegalArgumentException("the window [" + window.begin() + ", " + window.end()
                        + ") ends after the text's " + text.length() + " characters");
            }
        }
    }
}
