package org.parallax.evaluation.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Span;
import org.parallax.model.TimexType;

class TimexScorerTest {

    private static TimexMention date(int begin, int end, String value) {
        return new TimexMention(new Span(begin, end), TimexType.DATE, value);
    }

    @Test
    void strictNeedsTheSameSpanRelaxedAnOverlap() {
        List<TimexMention> gold = List.of(date(0, 6, "2022-02-27"), date(10, 27, "P3D"), date(40, 46, "2021-10"));
        List<TimexMention> system = List.of(date(0, 6, "2022-02-27"), date(14, 27, "P3D"), date(50, 55, "PRESENT_REF"));

        TimexCounts counts = TimexScorer.score(gold, system);

        assertThat(counts.strict()).isEqualTo(1);
        assertThat(counts.relaxed()).isEqualTo(2);
        assertThat(counts.relaxedScore().f1()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(counts.strictScore().f1()).isCloseTo(1.0 / 3, within(1e-9));
    }

    @Test
    void attributeScoresCountOverRelaxedPairsButDivideByAllExpressions() {
        List<TimexMention> gold = List.of(date(0, 6, "2022-02-27"), date(10, 17, "2021-10"));
        List<TimexMention> system = List.of(date(0, 6, "2022-02-27"), date(10, 17, "2022-10"),
                new TimexMention(new Span(30, 35), TimexType.DURATION, "P1D"));

        TimexCounts counts = TimexScorer.score(gold, system);

        assertThat(counts.valueCorrect()).isEqualTo(1);
        assertThat(counts.valueScore().precision()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(counts.valueScore().recall()).isCloseTo(0.5, within(1e-9));
        assertThat(counts.typeCorrect()).isEqualTo(2);
    }

    @Test
    void oneSystemExpressionMatchesOneGoldExpressionOnly() {
        List<TimexMention> gold = List.of(date(0, 6, "2022-02-27"), date(7, 12, "2022-02-27"));
        List<TimexMention> system = List.of(date(0, 12, "2022-02-27"));

        assertThat(TimexScorer.score(gold, system).relaxed()).isEqualTo(1);
    }
}
