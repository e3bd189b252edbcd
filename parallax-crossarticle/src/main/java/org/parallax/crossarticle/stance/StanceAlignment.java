package org.parallax.crossarticle.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How a claim's words line up with one sentence's: which content stems of the claim the sentence
 * repeats (the aligned words), how many it leaves out, and what stands next to the aligned words in
 * the sentence: hedging ("reportedly", "claims"), refuting ("hoax", "denied"), negating, reporting
 * and confirming words within {@link #WINDOW} tokens of an aligned word, numbers the claim lacks,
 * and opposites of the claim's own words ("alive" against "dead"). A sentence that repeats the
 * claim and hedges right beside it discusses it; one that repeats it plainly supports it; one that
 * negates or calls it a hoax beside its words contradicts it. The trained model weighs these; none
 * decides alone.
 */
final class StanceAlignment {

    /** Tokens either side of an aligned word whose cue words count. */
    static final int WINDOW = 4;

    /** The feature names, each prefixed by the sentence's role ("best_", "second_", "first_"). */
    static final List<String> NAMES = List.of("aligned_share", "unaligned", "aligned_bigrams", "near_hedging",
            "near_refuting", "near_negating", "near_reporting", "near_confirming", "near_negation_mismatch", "antonyms",
            "other_numbers", "claim_numbers_in");

    /**
     * Word beginnings of opposites that news claims turn on, each pair read both ways: a claim of "alive" and a
     * sentence of "dead" (or "died") count once. Matched as {@link StanceWords.Words#countBeginning} matches.
     */
    static final List<List<String>> OPPOSITES = List.of(
            List.of("alive", "dead"), List.of("alive", "die"), List.of("surviv", "kill"), List.of("true", "false"),
            List.of("real", "fake"), List.of("genuine", "fake"), List.of("confirm", "deny"), List.of("confirm", "denie"),
            List.of("win", "lose"), List.of("won", "lost"), List.of("guilty", "innocent"), List.of("found", "missing"),
            List.of("arrest", "releas"), List.of("accept", "reject"), List.of("open", "clos"), List.of("rise", "fall"),
            List.of("increas", "decreas"), List.of("legal", "illegal"), List.of("safe", "danger"), List.of("captur", "escap"),
            List.of("marri", "divorc"), List.of("hired", "fired"));

    private StanceAlignment() {
    }

    /** The values of {@link #NAMES} for {@code claim} against {@code sentence}. */
    static double[] of(StanceWords.Words claim, StanceWords.Words sentence) {
        Set<String> claimStems = claim.stems();
        List<String> tokens = sentence.tokens();
        List<String> tokenStems = sentence.tokenStems();
        boolean[] near = new boolean[tokens.size()];
        int aligned = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokenStems.get(i).isEmpty() && claimStems.contains(tokenStems.get(i))) {
                aligned++;
                for (int j = Math.max(0, i - WINDOW); j <= Math.min(tokens.size() - 1, i + WINDOW); j++) {
                    near[j] = true;
                }
            }
        }
        List<String> nearTokens = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (near[i]) {
                nearTokens.add(tokens.get(i));
            }
        }
        int hedging = count(nearTokens, StanceWords.HEDGING);
        int refuting = count(nearTokens, StanceWords.REFUTING);
        int negating = count(nearTokens, StanceWords.NEGATING);
        int reporting = count(nearTokens, StanceWords.REPORTING);
        int confirming = count(nearTokens, StanceWords.CONFIRMING);
        boolean claimNegates = claim.count(StanceWords.NEGATING) > 0;
        long unaligned = claimStems.stream().filter(stem -> !sentence.stems().contains(stem)).count();
        long otherNumbers = sentence.numbers().stream().filter(number -> !claim.numbers().contains(number)).count();
        return new double[] {
            StanceWords.covered(claimStems, sentence.stems()), unaligned, StanceWords.covered(claim.bigrams(), sentence.bigrams()),
            hedging, refuting, negating, reporting, confirming, aligned > 0 && claimNegates != (negating > 0) ? 1 : 0,
            opposites(claim, sentence), otherNumbers,
            claim.numbers().isEmpty() ? -1 : StanceWords.covered(claim.numbers(), sentence.numbers())
        };
    }

    private static int count(List<String> tokens, Set<String> cues) {
        return (int) tokens.stream().filter(cues::contains).count();
    }

    /** Opposite pairs of which the claim says one side and the sentence the other, but not the claim's side. */
    static int opposites(StanceWords.Words claim, StanceWords.Words sentence) {
        int count = 0;
        for (List<String> pair : OPPOSITES) {
            for (int side = 0; side < 2; side++) {
                List<String> said = List.of(pair.get(side));
                List<String> other = List.of(pair.get(1 - side));
                if (claim.countBeginning(said) > 0 && claim.countBeginning(other) == 0
                        && sentence.countBeginning(other) > 0 && sentence.countBeginning(said) == 0) {
                    count++;
                }
            }
        }
        return count;
    }
}
