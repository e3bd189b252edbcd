package org.parallax.crossarticle.stance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 8 (claim stance): the words that align a claim with a sentence, and what stands beside them, on real FNC-1
 * headlines and sentences of their bodies (fnc1-dev; the labels are FNC-1's).
 */
class Issue8StanceAlignmentTest {

    private static double feature(String claim, String sentence, String name) {
        double[] values = StanceAlignment.of(StanceWords.of(claim), StanceWords.of(sentence));
        assertThat(values).hasSize(StanceAlignment.NAMES.size());
        return values[StanceAlignment.NAMES.indexOf(name)];
    }

    @Test
    void everyFeatureHasANameOfItsOwn() {
        assertThat(StanceFeatures.NAMES).doesNotHaveDuplicates();
    }

    @Test
    void aDenialNegatesBesideTheClaimsWords() {
        // disagree (body 2140)
        String claim = "Saudi Arabia's national airline to introduce gender segregation after a string of complaints from male"
                + " passengers";
        String sentence = "According to an airline source quoted in stories claiming the opposite, Saudia Airlines, the state-run"
                + " airline of Saudi Arabia, does not have plans to separate passengers based on gender.";

        assertThat(feature(claim, sentence, "near_negating")).isGreaterThanOrEqualTo(1);
        assertThat(feature(claim, sentence, "near_negation_mismatch")).isEqualTo(1);
        assertThat(feature(claim, sentence, "aligned_share")).isGreaterThan(0.3);
    }

    @Test
    void aReportThatHedgesBesideTheClaimsWordsIsSeenHedging() {
        // discuss (body 1748)
        String claim = "ISIS Reportedly Beheaded The 'Poster Child' For Kurdish Female Fighters";
        String sentence = "The female Kurdish fighter who became a poster girl for the Kobane resistance before allegedly being"
                + " beheaded by Islamic State militants is actually alive and well, it was claimed today.";
        String plain = "The female Kurdish fighter who became a poster girl for the Kobane resistance was beheaded by Islamic"
                + " State militants.";

        assertThat(feature(claim, sentence, "near_hedging")).isGreaterThanOrEqualTo(1);
        assertThat(feature(claim, plain, "near_hedging")).isZero();
        assertThat(feature(claim, sentence, "unaligned")).isLessThan(StanceWords.of(claim).stems().size());
    }

    @Test
    void realAgainstFakeIsAnOpposite() {
        // disagree (body 1092)
        String claim = "‘Three-boobed’ woman: They’re not fake";
        String sentence = "Though we had serious suspicions, we wanted to believe so badly that the story of Jasmine Tridevil,"
                + " the Tampa woman who claimed to have gotten a third boob implanted in order to appear unattractive to men,"
                + " was real.";

        assertThat(feature(claim, sentence, "antonyms")).isEqualTo(1);
        assertThat(feature(claim, "'This is not fake,' she insisted.", "antonyms")).isZero();
    }

    @Test
    void numbersTheClaimLacksAreCounted() {
        // discuss (body 1930)
        String claim = "ISIS Treasurer Reportedly Steals $1M From Group, Flees To Turkey";
        String sentence = "The Syrian Observatory for Human Rights said Isis \"has forced the merchants and industrialists to pay"
                + " 2.5% of each sale.\"";

        assertThat(feature(claim, sentence, "other_numbers")).isEqualTo(1);
        assertThat(feature(claim, sentence, "claim_numbers_in")).isZero();
    }
}
