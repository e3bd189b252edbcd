package org.parallax.evaluation.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.parallax.model.ClaimStance.CONTRADICTS;
import static org.parallax.model.ClaimStance.DISCUSSES;
import static org.parallax.model.ClaimStance.SUPPORTS;
import static org.parallax.model.ClaimStance.UNRELATED;

import org.junit.jupiter.api.Test;

/** The FNC-1 score as the organisers' scorer.py computes it. */
class FncScoreTest {

    @Test
    void scoresAsTheOrganisersScorer() {
        // scorer.py on these six pairs: 0.25 (right unrelated) + 0 (unrelated called agree) + 1.0 (right agree)
        // + 0.25 (discuss called disagree) + 0 (disagree called unrelated) + 1.0 (right discuss) = 2.5 of 4.5 (0.25 for each unrelated pair, 1 for each related one).
        FncScore score = FncScore.empty()
                .plus(UNRELATED, UNRELATED)
                .plus(UNRELATED, SUPPORTS)
                .plus(SUPPORTS, SUPPORTS)
                .plus(DISCUSSES, CONTRADICTS)
                .plus(CONTRADICTS, UNRELATED)
                .plus(DISCUSSES, DISCUSSES);

        assertThat(score.score()).isEqualTo(2.5);
        assertThat(score.maximum()).isEqualTo(4.5);
        assertThat(score.relative()).isCloseTo(2.5 / 4.5, within(1e-12));
        assertThat(score.pairs()).isEqualTo(6);
    }

    @Test
    void perClassF1AndMacroF1() {
        FncScore score = FncScore.empty()
                .plus(SUPPORTS, SUPPORTS)
                .plus(SUPPORTS, DISCUSSES)
                .plus(DISCUSSES, DISCUSSES)
                .plus(UNRELATED, UNRELATED);

        assertThat(score.f1(SUPPORTS)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(score.f1(DISCUSSES)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(score.f1(UNRELATED)).isEqualTo(1.0);
        assertThat(score.f1(CONTRADICTS)).isZero();
        assertThat(score.macroF1()).isCloseTo((2.0 / 3 + 2.0 / 3 + 1.0) / 4, within(1e-12));
        assertThat(score.accuracy()).isEqualTo(0.75);
    }

    @Test
    void reweightingUnrelatedPairsScoresAtAnotherMix() {
        // One unrelated pair (wrong) and one related pair (right): at a 3:1 mix the unrelated pair counts 3 times.
        FncScore score = FncScore.empty().plus(UNRELATED, DISCUSSES).plus(DISCUSSES, DISCUSSES);

        assertThat(score.unrelatedShare()).isEqualTo(0.5);
        assertThat(score.unrelatedWeight(0.75)).isCloseTo(3.0, within(1e-12));
        assertThat(score.reweighted(3.0)).isCloseTo(1.0 / (1.0 + 0.75), within(1e-12));
        assertThat(score.reweighted(1.0)).isCloseTo(score.relative(), within(1e-12));
    }
}
