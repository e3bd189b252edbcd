package org.parallax.evaluation.coreference;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * MUC, B-cubed and CEAF-e of one response against one key, and their mean F1 (the CoNLL F1 of the
 * CoNLL-2011/2012 shared tasks), over the key's mentions: response mentions outside the key are left
 * out, key mentions the response lacks are response singletons.
 *
 * @param muc       MUC
 * @param bcubed    B-cubed
 * @param ceafe     CEAF-e
 * @param mentions  key mentions scored
 * @param clusters  key clusters
 */
public record CoreferenceScores(MetricScore muc, MetricScore bcubed, MetricScore ceafe, int mentions, int clusters) {

    public CoreferenceScores {
        Objects.requireNonNull(muc, "muc");
        Objects.requireNonNull(bcubed, "bcubed");
        Objects.requireNonNull(ceafe, "ceafe");
    }

    /** Scores {@code response} against {@code key}. */
    public static CoreferenceScores score(Partition key, Partition response) {
        Set<String> mentions = key.mentions();
        Partition aligned = response.over(mentions);
        return new CoreferenceScores(Muc.score(key, aligned), Bcubed.score(key, aligned), CeafEntity.score(key, aligned),
                mentions.size(), key.groups().size());
    }

    /** The mean of the three F1 values. */
    public double conllF1() {
        return (muc.f1() + bcubed.f1() + ceafe.f1()) / 3;
    }

    /** One line: each metric's P/R/F1, then the CoNLL F1. */
    public String line() {
        return String.format(Locale.ROOT, "MUC %s  B3 %s  CEAF-e %s  CoNLL F1 %.3f", format(muc), format(bcubed), format(ceafe),
                conllF1());
    }

    private static String format(MetricScore score) {
        return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f", score.precision(), score.recall(), score.f1());
    }
}
