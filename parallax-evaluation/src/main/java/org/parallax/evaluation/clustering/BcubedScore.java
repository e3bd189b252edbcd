package org.parallax.evaluation.clustering;

/**
 * B-cubed precision, recall and their harmonic mean.
 *
 * @param precision averaged over items
 * @param recall    averaged over items
 * @param items     items scored
 */
public record BcubedScore(double precision, double recall, int items) {

    public BcubedScore {
        if (precision < 0 || precision > 1 || recall < 0 || recall > 1 || items < 0) {
            throw new IllegalArgumentException("precision and recall lie in [0, 1]; items is not negative");
        }
    }

    public double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
