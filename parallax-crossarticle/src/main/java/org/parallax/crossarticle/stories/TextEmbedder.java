package org.parallax.crossarticle.stories;

import java.util.ArrayList;
import java.util.List;

/** Turns text into a unit-length vector whose dot products measure how alike two texts are in meaning. */
public interface TextEmbedder {

    /** The embedding of {@code text}, of length {@link #dimension()}, normalised to unit length. */
    float[] embed(String text);

    int dimension();

    /** The embeddings of several texts, in order; implementations may batch. */
    default List<float[]> embedAll(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        texts.forEach(text -> vectors.add(embed(text)));
        return vectors;
    }
}
