package org.parallax.crossarticle.stories;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Embeddings computed earlier, looked up by a key of the text and the model that embedded it
 * ({@link CachingTextEmbedder#key}): a store keeps the embeddings of its articles' texts (leads,
 * summary sentences, claim sentences, event contexts; they never change for a text), so that an
 * incremental ingest embeds only the texts of the articles it adds. Implementations are called by
 * one thread at a time.
 */
public interface EmbeddingCache {

    /** A cache that holds nothing and keeps nothing. */
    EmbeddingCache NONE = new EmbeddingCache() {
        @Override
        public Map<String, float[]> find(Collection<String> keys) {
            return Map.of();
        }

        @Override
        public void keep(Map<String, float[]> embeddings) {
        }
    };

    /**
     * A new cache in this process's memory, for benchmarks that stand in for a store's (it grows
     * with what it keeps: about 1.6 KB per text of the standard model).
     */
    static EmbeddingCache inMemory() {
        Map<String, float[]> kept = new HashMap<>();
        return new EmbeddingCache() {
            @Override
            public Map<String, float[]> find(Collection<String> keys) {
                Map<String, float[]> found = new HashMap<>();
                for (String key : keys) {
                    float[] vector = kept.get(key);
                    if (vector != null) {
                        found.put(key, vector);
                    }
                }
                return found;
            }

            @Override
            public void keep(Map<String, float[]> embeddings) {
                embeddings.forEach(kept::putIfAbsent);
            }
        };
    }

    /**
     * A new cache in memory in front of {@code under}: a key is looked up in memory first, then in {@code under};
     * what is kept goes to both (for one analysis: {@link CachingTextEmbedder#remembering}).
     */
    static EmbeddingCache inFrontOf(EmbeddingCache under) {
        EmbeddingCache memory = inMemory();
        return new EmbeddingCache() {
            @Override
            public Map<String, float[]> find(Collection<String> keys) {
                Map<String, float[]> found = new HashMap<>(memory.find(keys));
                if (found.size() < keys.size()) {
                    List<String> rest = keys.stream().filter(key -> !found.containsKey(key)).distinct().toList();
                    Map<String, float[]> below = under.find(rest);
                    memory.keep(below);
                    found.putAll(below);
                }
                return found;
            }

            @Override
            public void keep(Map<String, float[]> embeddings) {
                memory.keep(embeddings);
                under.keep(embeddings);
            }
        };
    }

    /** The embeddings held for these keys; a key with none is left out. */
    Map<String, float[]> find(Collection<String> keys);

    /** Keeps these embeddings under their keys (a key held already keeps its embedding). */
    void keep(Map<String, float[]> embeddings);
}
