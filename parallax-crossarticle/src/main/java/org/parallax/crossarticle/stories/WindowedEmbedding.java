package org.parallax.crossarticle.stories;

import java.util.List;
import java.util.Objects;

/**
 * The embedding of a text and those of its windows ({@link TextEmbedder#embedWindows}), each of unit length.
 *
 * @param text    the embedding of the whole text, as {@link TextEmbedder#embed} gives it
 * @param windows one embedding per window of the text, in its order
 */
public record WindowedEmbedding(float[] text, List<float[]> windows) {

    public WindowedEmbedding {
        Objects.requireNonNull(text, "text");
        windows = List.copyOf(windows);
    }
}
