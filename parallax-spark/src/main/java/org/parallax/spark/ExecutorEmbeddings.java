package org.parallax.spark;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.parallax.crossarticle.stories.EmbeddingCache;

/**
 * The embeddings one executor JVM has computed, shared by the tasks of every cross-article step that runs there: the
 * embedded layer embeds a text once for a whole analysis (one cache for its event, story and claim steps), and the
 * job's steps embed the same sentences (an event's sentence is often a claim's), so without this each step's tasks ran
 * the model on them again (3,700 model runs more than the embedded layer over 1,000 articles, measured).
 *
 * <p>Bounded, least recently used out first, at an eighth of the JVM's heap and at most 256 MB (about 1.6 KB a text of
 * the standard model: 160,000 texts), so that a long job on an executor never grows it past that; what falls out is
 * embedded again when asked, which changes no vector. Thread-safe: the executor's task threads share it.
 *
 * <p>Written here rather than with a caching library: a {@link LinkedHashMap} in access order is all an LRU of vectors
 * needs, and a library would be one more dependency to relocate in the job's shaded jar.
 */
final class ExecutorEmbeddings implements EmbeddingCache {

    /** What one kept vector costs, roughly: the float array, its key (a hash and model name) and the map's entry. */
    private static final long BYTES_PER_FLOAT = Float.BYTES;
    private static final long BYTES_PER_ENTRY = 200;
    private static final long MOST_BYTES = 256L << 20;

    private static final ExecutorEmbeddings THIS_JVM = new ExecutorEmbeddings(Math.min(MOST_BYTES, Runtime.getRuntime().maxMemory() / 8));

    private final long budget;
    private long held;
    private final LinkedHashMap<String, float[]> kept = new LinkedHashMap<>(1024, 0.75f, true);

    /** @param budget the most bytes the kept vectors may take, roughly */
    ExecutorEmbeddings(long budget) {
        if (budget <= 0) {
            throw new IllegalArgumentException("an embedding cache needs a budget above 0 bytes, not " + budget);
        }
        this.budget = budget;
    }

    /** This JVM's cache. */
    static ExecutorEmbeddings ofThisJvm() {
        return THIS_JVM;
    }

    @Override
    public synchronized Map<String, float[]> find(Collection<String> keys) {
        Map<String, float[]> found = new HashMap<>();
        keys.forEach(key -> Optional.ofNullable(kept.get(key)).ifPresent(vector -> found.put(key, vector)));
        return found;
    }

    @Override
    public synchronized void keep(Map<String, float[]> embeddings) {
        for (Map.Entry<String, float[]> embedding : embeddings.entrySet()) {
            if (!kept.containsKey(embedding.getKey())) {
                kept.put(embedding.getKey(), embedding.getValue());
                held += cost(embedding.getValue());
            }
        }
        var eldest = kept.entrySet().iterator();
        while (held > budget && eldest.hasNext()) {
            held -= cost(eldest.next().getValue());
            eldest.remove();
        }
    }

    /** Forgets every vector (tests that count the model's runs start from an empty cache). */
    synchronized void clear() {
        kept.clear();
        held = 0;
    }

    /** How many texts it holds. */
    synchronized int size() {
        return kept.size();
    }

    private static long cost(float[] vector) {
        return BYTES_PER_ENTRY + BYTES_PER_FLOAT * vector.length;
    }
}
