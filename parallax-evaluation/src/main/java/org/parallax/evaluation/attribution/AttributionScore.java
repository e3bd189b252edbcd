package org.parallax.evaluation.attribution;

/**
 * Counts behind the attribution figures, summed over articles.
 *
 * @param gold          gold attributions
 * @param found         gold attributions that some system attribution covers at least half of (by content characters)
 * @param predicted     system attributions
 * @param correct       system attributions that cover at least half of some gold attribution's content characters
 * @param withSource    found gold attributions that have a gold source
 * @param speakerRight  of those, the ones whose best-covering system attribution has the right speaker
 */
public record AttributionScore(int gold, int found, int predicted, int correct, int withSource, int speakerRight) {

    public static AttributionScore zero() {
        return new AttributionScore(0, 0, 0, 0, 0, 0);
    }

    public AttributionScore plus(AttributionScore other) {
        return new AttributionScore(gold + other.gold, found + other.found, predicted + other.predicted,
                correct + other.correct, withSource + other.withSource, speakerRight + other.speakerRight);
    }

    public double precision() {
        return predicted == 0 ? 0 : (double) correct / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) found / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double speakerAccuracy() {
        return withSource == 0 ? 0 : (double) speakerRight / withSource;
    }
}
