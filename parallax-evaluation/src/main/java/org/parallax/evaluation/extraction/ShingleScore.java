package org.parallax.evaluation.extraction;

/**
 * How one extracted text matches its ground truth, as fractions of shingles.
 *
 * <p>The three counts are normalised so that they sum to 1 (or are all 0 when both texts have no
 * shingle at all), exactly as the article-extraction-benchmark does it, so that long articles
 * weigh no more than short ones when pages are averaged.
 *
 * @param truePositives  shingles present in both texts (multiset intersection), as a fraction
 * @param falsePositives shingles extracted beyond what the ground truth has, as a fraction
 * @param falseNegatives shingles of the ground truth that were not extracted, as a fraction
 */
public record ShingleScore(double truePositives, double falsePositives, double falseNegatives) {

    /** The score of two texts that both have no word at all: nothing to find, nothing wrong. */
    public static final ShingleScore BOTH_EMPTY = new ShingleScore(0, 0, 0);

    public ShingleScore {
        if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
            throw new IllegalArgumentException("negative shingle fraction");
        }
    }

    /** Whether the prediction had any shingle; pages without one take no part in mean precision. */
    public boolean hasPrediction() {
        return truePositives + falsePositives > 0;
    }

    /** Whether the ground truth had any shingle; pages without one take no part in mean recall. */
    public boolean hasTruth() {
        return truePositives + falseNegatives > 0;
    }

    /**
     * Precision as the benchmark defines it: 1 when nothing is wrong either way (including both
     * texts empty), 0 when nothing was found and nothing right was extracted, else tp / (tp + fp).
     */
    public double precision() {
        if (falsePositives == 0 && falseNegatives == 0) {
            return 1.0;
        }
        if (truePositives == 0 && falsePositives == 0) {
            return 0.0;
        }
        return truePositives / (truePositives + falsePositives);
    }

    /**
     * Recall as the benchmark defines it: 1 when nothing is wrong either way (including both texts
     * empty), 0 when there was nothing to find and nothing was found right, else tp / (tp + fn).
     */
    public double recall() {
        if (falsePositives == 0 && falseNegatives == 0) {
            return 1.0;
        }
        if (truePositives == 0 && falseNegatives == 0) {
            return 0.0;
        }
        return truePositives / (truePositives + falseNegatives);
    }

    /** The harmonic mean of this page's {@link #precision()} and {@link #recall()}; 0 if both are 0. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
