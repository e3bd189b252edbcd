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

    /**
     * Each text's embedding (as {@link #embedAll} gives it) and the embeddings of its windows. A model that reads a
     * text token by token overrides this to pool the outputs of one run over the text: a window's vector is then its
     * words as the whole text reads them. This default embeds each window's characters as a text of its own.
     */
    default List<WindowedEmbedding> embedWindows(List<WindowedText> texts) {
        List<String> windowTexts = new ArrayList<>();
        texts.forEach(text -> text.windows().forEach(window -> windowTexts.add(text.text().substring(window.begin(), window.end()))));
        List<float[]> whole = embedAll(texts.stream().map(WindowedText::text).toList());
        List<float[]> parts = embedAll(windowTexts);
        List<WindowedEmbedding> embeddings = new ArrayList<>(texts.size());
        int next = 0;
        for (int i = 0; i < texts.size(); i++) {
            int count = texts.get(i).windows().size();
            embeddings.add(new WindowedEmbedding(whole.get(i), parts.subList(next, next + count)));
            next += count;
        }
        return embeddings;
    }
}
