package org.parallax.crossarticle.stance;

import java.util.List;
import java.util.Objects;
import org.parallax.model.ClaimStance;
import org.parallax.model.Span;

/**
 * How an article stands to a claim.
 *
 * @param stance        the stance taken: the highest probability times the model's decision weight for it
 * @param confidence    its probability (unweighted), 0 to 1
 * @param probabilities the probability of each stance, indexed by {@link ClaimStance#ordinal()}
 * @param evidence      the article's sentences that bear on the claim, best match first; empty when unrelated
 */
public record StanceJudgement(ClaimStance stance, double confidence, double[] probabilities, List<Span> evidence) {

    public StanceJudgement {
        Objects.requireNonNull(stance, "stance");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence " + confidence + " is not within 0..1");
        }
        if (probabilities.length != ClaimStance.values().length) {
            throw new IllegalArgumentException(probabilities.length + " probabilities for " + ClaimStance.values().length + " stances");
        }
        probabilities = probabilities.clone();
        evidence = List.copyOf(evidence);
    }

    /** The probability of {@code of}. */
    public double probability(ClaimStance of) {
        return probabilities[of.ordinal()];
    }

    @Override
    public double[] probabilities() {
        return probabilities.clone();
    }
}
