package org.parallax.evaluation.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.crossarticle.stories.TextEmbedder;

/**
 * An embedder that remembers what it embedded, so that tuning, which runs the story finder many
 * times over the same articles, embeds each text once. For one thread at a time.
 */
final class CachingTextEmbedder implements TextEmbedder {

    private final TextEmbedder embedder;
    private final Map<String, float[]> cache = new HashMap<>();

    CachingTextEmbedder(TextEmbedder embedder) {
        this.embedder = embedder;
    }

    @Override
    public float[] embed(String text) {
        return cache.computeIfAbsent(text, embedder::embed);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<String> missing = texts.stream().filter(text -> !cache.containsKey(text)).distinct().toList();
        if (!missing.isEmpty()) {
            List<float[]> vectors = embedder.embedAll(missing);
            for (int i = 0; i < missing.size(); i++) {
                cache.put(missing.get(i), vectors.get(i));
            }
        }
        List<float[]> vectors = new ArrayList<>(texts.size());
        texts.forEach(text -> vectors.add(cache.get(text)));
        return vectors;
    }

    @Override
    public int dimension() {
        return embedder.dimension();
    }
}
