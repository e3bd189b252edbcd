package org.parallax.evaluation.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parallax.model.Span;

class AttributionScorerTest {

    private static final String ANN = String.join("\n",
            "T1\tSource 89 106\tThe New York Post",
            "T2\tCue 107 114\treports",
            "T3\tContent 115 215\tthat ...",
            "T4\tAttribution 107 114\treports",
            "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
            "T5\tContent 300 340;360 400\t“A,” “B.”",
            "T6\tCue 341 345\tsaid",
            "T7\tAttribution-no-source 341 345\tsaid",
            "E2\tAttribution-no-source:T7 Content:T5 Cue:T6",
            "T8\tDiscard 500 510\tRead more.");

    @Test
    void bratEventsBecomeAttributionsWithDiscontinuousContentAndOptionalSource() {
        List<GoldAttribution> gold = BratAttributions.parse(ANN);
        assertThat(gold).hasSize(2);
        assertThat(gold.get(0).source()).containsExactly(new Span(89, 106));
        assertThat(gold.get(1).content()).containsExactly(new Span(300, 340), new Span(360, 400));
        assertThat(gold.get(1).source()).isEmpty();
    }

    @Test
    void foundNeedsHalfTheContentCharactersAndSpeakerMayMatchByEntityMention() {
        List<GoldAttribution> gold = BratAttributions.parse(ANN);
        SystemAttribution byMention = new SystemAttribution(List.of(new Span(120, 215)), Optional.of(new Span(20, 22)),
                List.of(new Span(93, 106)));
        SystemAttribution firstPieceOnly = new SystemAttribution(List.of(new Span(300, 340)), Optional.empty(), List.of());
        SystemAttribution stray = new SystemAttribution(List.of(new Span(600, 700)), Optional.empty(), List.of());
        AttributionScore score = AttributionScorer.score(gold, List.of(byMention, firstPieceOnly, stray));
        assertThat(score.found()).isEqualTo(2);
        assertThat(score.correct()).isEqualTo(2);
        assertThat(score.predicted()).isEqualTo(3);
        assertThat(score.withSource()).isEqualTo(1);
        assertThat(score.speakerRight()).isEqualTo(1);
    }

    @Test
    void lessThanHalfCoveredIsNotFound() {
        List<GoldAttribution> gold = BratAttributions.parse(ANN);
        SystemAttribution small = new SystemAttribution(List.of(new Span(115, 150)), Optional.of(new Span(89, 92)), List.of());
        AttributionScore score = AttributionScorer.score(gold.subList(0, 1), List.of(small));
        assertThat(score.found()).isZero();
        assertThat(score.precision()).isZero();
    }

    @Test
    void aNestedAttributionIsJudgedByTheClosestMatchNotTheEarliest() {
        GoldAttribution inner = new GoldAttribution(List.of(new Span(150, 215)), List.of(new Span(130, 140)), List.of());
        SystemAttribution outer = new SystemAttribution(List.of(new Span(115, 215)), Optional.of(new Span(89, 106)), List.of());
        SystemAttribution nested = new SystemAttribution(List.of(new Span(150, 215)), Optional.of(new Span(130, 135)), List.of());
        AttributionScore score = AttributionScorer.score(List.of(inner), List.of(outer, nested));
        assertThat(score.found()).isEqualTo(1);
        assertThat(score.correct()).isEqualTo(2);
        assertThat(score.speakerRight()).isEqualTo(1);
        assertThat(AttributionScorer.score(List.of(inner), List.of(outer)).speakerRight()).isZero();
    }
}
