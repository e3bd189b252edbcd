package org.parallax.evaluation.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExtendedBcubedTest {

    private static final Map<String, Set<String>> GOLD = Map.of("a", Set.of("1"), "b", Set.of("1"), "c", Set.of("2"),
            "d", Set.of("2"));

    @Test
    void aPerfectClusteringScoresOne() {
        BcubedScore score = ExtendedBcubed.score(Map.of("a", Set.of("x"), "b", Set.of("x"), "c", Set.of("y"),
                "d", Set.of("y")), GOLD);
        assertThat(score.precision()).isEqualTo(1.0);
        assertThat(score.recall()).isEqualTo(1.0);
        assertThat(score.items()).isEqualTo(4);
    }

    @Test
    void allInOneHasFullRecallAndHalfPrecision() {
        Map<String, Set<String>> one = Map.of("a", Set.of("x"), "b", Set.of("x"), "c", Set.of("x"), "d", Set.of("x"));
        BcubedScore score = ExtendedBcubed.score(one, GOLD);
        assertThat(score.precision()).isCloseTo(0.5, within(1e-12));
        assertThat(score.recall()).isEqualTo(1.0);
        assertThat(score.f1()).isCloseTo(2 / 3.0, within(1e-12));
    }

    @Test
    void unclusteredItemsAreSingletonsAndExtraItemsAreIgnored() {
        BcubedScore score = ExtendedBcubed.score(Map.of("a", Set.of("x"), "b", Set.of("x"), "z", Set.of("x")), GOLD);
        assertThat(score.precision()).isEqualTo(1.0);
        assertThat(score.recall()).isCloseTo((1 + 1 + 0.5 + 0.5) / 4, within(1e-12));
    }

    /** Amigó et al. 2009, section 4.2: two items together in two clusters but in one category: multiplicity precision 1/2. */
    @Test
    void anItemInTwoClustersOfOneCategoryCostsPrecisionNotRecall() {
        Map<String, Set<String>> gold = Map.of("a", Set.of("1"), "b", Set.of("1"));
        BcubedScore score = ExtendedBcubed.score(Map.of("a", Set.of("x", "y"), "b", Set.of("x", "y")), gold);
        assertThat(score.precision()).isCloseTo(0.5, within(1e-12));
        assertThat(score.recall()).isEqualTo(1.0);
    }
}
