package org.parallax.crossarticle.benchmark;

import java.util.Locale;
import org.parallax.crossarticle.stories.TextEmbedder;
import org.parallax.crossarticle.stories.Vectors;

/**
 * A stand-in embedder for scaling runs: feature hashing of the words of four letters or more into
 * a 384-dimensional vector (the size of all-MiniLM-L6-v2's), normalised. It carries no meaning
 * beyond shared words; it exists so that a benchmark of 100,000 articles measures the grouping,
 * not the ONNX model, whose cost per article is measured apart and is linear by construction.
 */
final class HashingTextEmbedder implements TextEmbedder {

    private static final int DIMENSION = 384;

    @Override
    public float[] embed(String text) {
        float[] vector = new float[DIMENSION];
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.length() >= 4) {
                int hash = word.hashCode() * 0x9E3779B1;
                vector[Math.floorMod(hash, DIMENSION)] += (hash & 0x10000) == 0 ? 1 : -1;
            }
        }
        return Vectors.normalized(vector);
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }
}
