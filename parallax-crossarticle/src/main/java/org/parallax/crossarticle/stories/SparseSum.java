package org.parallax.crossarticle.stories;

import java.util.HashMap;
import java.util.Map;

/** A sum of sparse vectors (index to weight), for the mean dot product between two groups of articles. */
final class SparseSum {

    private final Map<Integer, Float> weights = new HashMap<>();

    /** Adds a vector given as ascending indexes and their weights. */
    void add(int[] indexes, float[] values) {
        for (int i = 0; i < indexes.length; i++) {
            weights.merge(indexes[i], values[i], Float::sum);
        }
    }

    void add(SparseSum other) {
        other.weights.forEach((index, weight) -> weights.merge(index, weight, Float::sum));
    }

    /** The dot product of the two sums, iterating over the smaller. */
    double dot(SparseSum other) {
        Map<Integer, Float> smaller = weights.size() <= other.weights.size() ? weights : other.weights;
        Map<Integer, Float> larger = smaller == weights ? other.weights : weights;
        double dot = 0;
        for (Map.Entry<Integer, Float> entry : smaller.entrySet()) {
            Float weight = larger.get(entry.getKey());
            if (weight != null) {
                dot += entry.getValue() * weight;
            }
        }
        return dot;
    }
}
