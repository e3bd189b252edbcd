package org.parallax.evaluation.coreference;

/**
 * Precision, recall and their harmonic mean for one coreference metric.
 *
 * @param precision in [0, 1]
 * @param recall    in [0, 1]
 */
public record MetricScore(double precision, double recall) {

    public MetricScore {
        if (!(precision >= 0 && precision <= 1 && recall >= 0 && recall <= 1)) {
            throw new IllegalArgumentException("precision and recall lie in [0, 1], not " + precision + " and " + recall);
        }
    }

    /** Precision from a numerator over a denominator and recall likewise; 0 where a denominator is 0. */
    static MetricScore of(double precisionNumerator, double precisionDenominator, double recallNumerator,
            double recallDenominator) {
        return new MetricScore(ratio(precisionNumerator, precisionDenominator), ratio(recallNumerator, recallDenominator));
    }

    public double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static double ratio(double numerator, double denominator) {
        return denominator == 0 ? 0 : Math.min(1, numerator / denominator);
    }
}
