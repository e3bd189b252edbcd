package org.parallax.evaluation.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.model.ClaimStance.DISCUSSES;
import static org.parallax.model.ClaimStance.SUPPORTS;
import static org.parallax.model.ClaimStance.UNRELATED;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Decision weights chosen on judged pairs. */
class StanceTuningTest {

    @Test
    void weighsUpAStanceTheModelUnderrates() {
        // Agreeing pairs the model puts just below discuss: weighing agree up gets them right and costs no discuss pair.
        List<StanceTuning.Judged> judged = List.of(
                new StanceTuning.Judged(SUPPORTS, new double[] {0.42, 0.05, 0.48, 0.05}),
                new StanceTuning.Judged(SUPPORTS, new double[] {0.40, 0.05, 0.50, 0.05}),
                new StanceTuning.Judged(DISCUSSES, new double[] {0.20, 0.05, 0.70, 0.05}),
                new StanceTuning.Judged(UNRELATED, new double[] {0.02, 0.02, 0.06, 0.90}));

        StanceTuning.Choice choice = StanceTuning.choose(300, judged);

        assertThat(choice.plain().relative()).isLessThan(1);
        assertThat(choice.tuned().relative()).isEqualTo(1);
        assertThat(choice.weights()[SUPPORTS.ordinal()]).isGreaterThan(choice.weights()[DISCUSSES.ordinal()]);
        assertThat(StanceTuning.score(judged, choice.weights()).confusion()).isDeepEqualTo(choice.tuned().confusion());
        assertThat(choice.rounds()).isEqualTo(300);
    }
}
