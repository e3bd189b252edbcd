package org.parallax.evaluation.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShingleScorerTest {

    private final ShingleScorer scorer = new ShingleScorer();

    @Test
    void identicalTextsScoreOne() {
        ShingleScore score = scorer.score("The quick brown fox jumps over the lazy dog.",
                "The quick brown fox jumps over the lazy dog.");

        assertThat(score.precision()).isEqualTo(1.0);
        assertThat(score.recall()).isEqualTo(1.0);
        assertThat(score.f1()).isEqualTo(1.0);
    }

    @Test
    void punctuationWhitespaceAndParagraphBreaksDoNotMatter() {
        ShingleScore score = scorer.score("One two three four five.\n\nSix seven!", "One two, three - four five Six (seven)");

        assertThat(score.f1()).isEqualTo(1.0);
    }

    @Test
    void caseMattersAsInTheBenchmark() {
        assertThat(scorer.score("one two three four", "One two three four").f1()).isZero();
    }

    @Test
    void disjointTextsScoreZero() {
        ShingleScore score = scorer.score("alpha beta gamma delta epsilon", "one two three four five");

        assertThat(score.precision()).isZero();
        assertThat(score.recall()).isZero();
        assertThat(score.f1()).isZero();
        assertThat(score.truePositives()).isZero();
        assertThat(score.falsePositives()).isEqualTo(0.5);
        assertThat(score.falseNegatives()).isEqualTo(0.5);
    }

    @Test
    void partialOverlapGivesExactFractions() {
        // truth: a b c d e f -> shingles abcd, bcde, cdef
        // prediction: a b c d e x y -> abcd, bcde, cdex, dexy
        ShingleScore score = scorer.score("a b c d e f", "a b c d e x y");

        // tp = 2, fp = 2, fn = 1, normalised by 5
        assertThat(score.truePositives()).isCloseTo(0.4, within(1e-12));
        assertThat(score.falsePositives()).isCloseTo(0.4, within(1e-12));
        assertThat(score.falseNegatives()).isCloseTo(0.2, within(1e-12));
        assertThat(score.precision()).isCloseTo(0.5, within(1e-12));
        assertThat(score.recall()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(score.f1()).isCloseTo(4.0 / 7, within(1e-12));
    }

    @Test
    void repeatedShinglesCountAsMultiset() {
        // truth has "a b c d" once; the prediction repeats it twice: one true, one false positive
        ShingleScore score = scorer.score("a b c d", "a b c d. a b c d");

        // prediction shingles: abcd, bcda, cdab, dabc, abcd -> abcd matches once; 4 false positives
        assertThat(score.precision()).isCloseTo(1.0 / 5, within(1e-12));
        assertThat(score.recall()).isEqualTo(1.0);
        assertThat(scorer.shingles("a b c d a b c d")).containsEntry("a b c d", 2).hasSize(4);
    }

    @Test
    void missingRepetitionLowersRecall() {
        ShingleScore score = scorer.score("x y z w x y z w", "x y z w");

        // truth: xyzw twice, yzwx, zwxy, wxyz; prediction: xyzw once -> tp 1, fn 4
        assertThat(score.precision()).isEqualTo(1.0);
        assertThat(score.recall()).isCloseTo(1.0 / 5, within(1e-12));
    }

    @Test
    void textsShorterThanFourTokensUseOneShorterShingle() {
        assertThat(scorer.shingles("Hello world")).isEqualTo(Map.of("Hello world", 1));
        assertThat(scorer.score("Hello world", "Hello world").f1()).isEqualTo(1.0);
        assertThat(scorer.score("Hello world", "Hello world again").f1()).isZero();
    }

    @Test
    void emptyPredictionScoresZeroRecallAndTakesNoPartInPrecision() {
        ShingleScore score = scorer.score("some article text here", "");

        assertThat(score.hasPrediction()).isFalse();
        assertThat(score.hasTruth()).isTrue();
        assertThat(score.recall()).isZero();
        assertThat(score.precision()).isZero();
    }

    @Test
    void bothEmptyCountsAsPerfectButTakesNoPartInEitherMean() {
        ShingleScore score = scorer.score("", "  ...  ");

        assertThat(score).isEqualTo(ShingleScore.BOTH_EMPTY);
        assertThat(score.precision()).isEqualTo(1.0);
        assertThat(score.recall()).isEqualTo(1.0);
        assertThat(score.hasPrediction()).isFalse();
        assertThat(score.hasTruth()).isFalse();
    }

    @Test
    void tokensAreUnicodeLettersDigitsAndUnderscore() {
        assertThat(ShingleScorer.tokenize("Fritz von Weizsäcker, 59, said: «ça va» — snake_case 3.5%"))
                .containsExactly("Fritz", "von", "Weizsäcker", "59", "said", "ça", "va", "snake_case", "3", "5");
    }

    @Test
    void meansFollowThePublishedBenchmark() {
        ShingleScore perfect = scorer.score("a b c d e", "a b c d e");
        ShingleScore half = scorer.score("a b c d e", "a b c d x y z w");
        ShingleScore empty = scorer.score("a b c d e", "");

        ExtractionReport.Metrics metrics = ExtractionReport.Metrics.of(List.of(perfect, half, empty));

        // precision over pages with a prediction: (1 + 1/5) / 2; recall over all three: (1 + 1/2 + 0) / 3
        assertThat(metrics.precision()).isCloseTo(0.6, within(1e-12));
        assertThat(metrics.recall()).isCloseTo(0.5, within(1e-12));
        assertThat(metrics.f1()).isCloseTo(2 * 0.6 * 0.5 / 1.1, within(1e-12));
        assertThat(metrics.emptyPages()).isEqualTo(1);
    }
}
