package org.parallax.evaluation.coreference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoreferenceMetricsTest {

    /** Bagga &amp; Baldwin's (1998) example: key {1-5} {6,7} {8-C}. */
    private static final Partition KEY = partition("1 2 3 4 5", "6 7", "8 9 A B C");
    /** Their response 1: the last two key entities merged. */
    private static final Partition MERGED = partition("1 2 3 4 5", "6 7 8 9 A B C");

    @Test
    void mucOfBaggaAndBaldwinsExampleIsPrecision90Recall100() {
        MetricScore muc = Muc.score(KEY, MERGED);

        assertThat(muc.precision()).isCloseTo(0.9, within(1e-9));
        assertThat(muc.recall()).isEqualTo(1.0);
    }

    @Test
    void bcubedOfBaggaAndBaldwinsExampleIsPrecision76Recall100() {
        MetricScore bcubed = Bcubed.score(KEY, MERGED);

        assertThat(bcubed.precision()).isCloseTo(64.0 / 7 / 12, within(1e-9));
        assertThat(bcubed.precision()).isCloseTo(0.76, within(0.01));
        assertThat(bcubed.recall()).isEqualTo(1.0);
    }

    /** φ4: {1-5}↔{1-5} is 1; {8-C}↔{6-C} is 10/12, better than {6,7}↔{6-C} at 4/9; so 1 + 5/6 over 3 and 2. */
    @Test
    void ceafEntityAlignsEachKeyEntityWithAtMostOneResponseEntity() {
        MetricScore ceaf = CeafEntity.score(KEY, MERGED);

        assertThat(ceaf.recall()).isCloseTo((1 + 10.0 / 12) / 3, within(1e-9));
        assertThat(ceaf.precision()).isCloseTo((1 + 10.0 / 12) / 2, within(1e-9));
    }

    @Test
    void theResponseEqualToTheKeyScoresOneEverywhere() {
        CoreferenceScores scores = CoreferenceScores.score(KEY, KEY);

        assertThat(scores.conllF1()).isCloseTo(1.0, within(1e-9));
        assertThat(scores.mentions()).isEqualTo(12);
        assertThat(scores.clusters()).isEqualTo(3);
    }

    /** Every response mention alone: MUC finds no link, B-cubed and CEAF-e keep full precision of the singletons. */
    @Test
    void allSingletonsHaveNoMucAndFullBcubedPrecision() {
        Partition singletons = new Partition(Map.of());

        CoreferenceScores scores = CoreferenceScores.score(KEY, singletons);

        assertThat(scores.muc().f1()).isZero();
        assertThat(scores.bcubed().precision()).isEqualTo(1.0);
        assertThat(scores.bcubed().recall()).isCloseTo((5 * 0.2 + 2 * 0.5 + 5 * 0.2) / 12, within(1e-9));
        // φ4 of a singleton {m} with its key entity K is 2/(|K|+1): 2/6, 2/3 and 2/6, one per key entity
        assertThat(scores.ceafe().recall()).isCloseTo((2.0 / 6 + 2.0 / 3 + 2.0 / 6) / 3, within(1e-9));
        assertThat(scores.ceafe().precision()).isCloseTo((2.0 / 6 + 2.0 / 3 + 2.0 / 6) / 12, within(1e-9));
    }

    /** Response mentions outside the key are left out; key mentions the response lacks are singletons. */
    @Test
    void theResponseIsScoredOverTheKeysMentions() {
        Partition key = partition("a b", "c");
        Partition response = partition("a b x", "y z");

        CoreferenceScores scores = CoreferenceScores.score(key, response);

        assertThat(scores.conllF1()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void theAssignmentIsOptimalWhereGreedyChoiceIsNot() {
        double[][] weights = {{0.9, 0.8, 0}, {0.8, 0, 0}, {0, 0, 0.5}};

        assertThat(CeafEntity.maximumAssignment(weights)).isCloseTo(2.1, within(1e-9));
        assertThat(CeafEntity.maximumAssignment(new double[][] {{0.2, 0.7}})).isCloseTo(0.7, within(1e-9));
        assertThat(CeafEntity.maximumAssignment(new double[][] {{0.2}, {0.7}})).isCloseTo(0.7, within(1e-9));
    }

    /** A partition from clusters written as space-separated mention names, clusters numbered in order. */
    static Partition partition(String... clusters) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < clusters.length; i++) {
            for (String mention : clusters[i].split(" ")) {
                map.put(mention, "c" + i);
            }
        }
        return new Partition(map);
    }
}
