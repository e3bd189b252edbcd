package org.parallax.evaluation.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import smile.classification.Maxent;

/**
 * Smile's binomial maximum-entropy learner (L2-regularised logistic regression by L-BFGS) over sparse binary features,
 * exported as a weight per feature name, as the quote stage's models store them. Shared by the cue model's and the
 * source picker's training, and by the event noun model's ({@code EventNounTraining}).
 */
public final class LogisticFit {

    public static final double TOLERANCE = 1e-5;

    /**
     * A fitted model.
     *
     * @param weights   the non-zero weight of each feature name
     * @param intercept the intercept
     * @param learned   Smile's model, for checking the export
     */
    public record Weights(Map<String, Double> weights, double intercept, Maxent.Binomial learned) {
    }

    private LogisticFit() {
    }

    /** The features seen at least {@code minimum} times, sorted (indices independent of hashing order: reproducible). */
    public static List<String> vocabulary(Map<String, Integer> counts, int minimum) {
        List<String> names = new ArrayList<>();
        counts.forEach((feature, count) -> {
            if (count >= minimum) {
                names.add(feature);
            }
        });
        names.sort(null);
        return names;
    }

    /**
     * Examples as feature indices.
     *
     * @param names the features seen often enough, sorted
     * @param x     each example's sorted, distinct indices into {@code names}
     */
    public record Design(List<String> names, int[][] x) {
    }

    /** Each example's features as indices into the vocabulary of those seen at least {@code minimum} times. */
    public static Design design(List<List<String>> examples, int minimum) {
        Map<String, Integer> counts = new HashMap<>();
        examples.forEach(features -> features.forEach(feature -> counts.merge(feature, 1, Integer::sum)));
        List<String> names = vocabulary(counts, minimum);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
        int[][] x = new int[examples.size()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = examples.get(i).stream().filter(index::containsKey).mapToInt(index::get).sorted().distinct().toArray();
        }
        return new Design(names, x);
    }

    /** Fits on examples {@code x} (sorted feature indices into {@code names}) with labels {@code y} (0 or 1). */
    public static Weights fit(List<String> names, int[][] x, int[] y, double strength, int maxIterations) {
        Maxent.Binomial learned = Maxent.binomial(names.size(), x, y, strength, TOLERANCE, maxIterations);
        double[] coefficients = learned.coefficients();
        Map<String, Double> weights = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            if (coefficients[i] != 0) {
                weights.put(names.get(i), coefficients[i]);
            }
        }
        return new Weights(weights, coefficients[names.size()], learned);
    }
}
