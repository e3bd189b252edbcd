package org.parallax.evaluation.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scores one document's system expressions against its gold ones as TempEval-3 does: strict
 * (same span) and relaxed (overlapping) detection, then value and type over relaxed pairs. Pairs
 * are one-to-one: exact matches first, then the largest overlaps.
 */
public final class TimexScorer {

    private TimexScorer() {
    }

    public static TimexCounts score(List<TimexMention> gold, List<TimexMention> system) {
        return align(gold, system).counts(gold.size(), system.size());
    }

    /** The one-to-one pairs of gold and system expressions that overlap. */
    public static Alignment align(List<TimexMention> gold, List<TimexMention> system) {
        List<int[]> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int s = 0; s < system.size(); s++) {
                if (gold.get(g).span().overlaps(system.get(s).span())) {
                    int overlap = Math.min(gold.get(g).span().end(), system.get(s).span().end())
                            - Math.max(gold.get(g).span().begin(), system.get(s).span().begin());
                    boolean exact = gold.get(g).span().equals(system.get(s).span());
                    candidates.add(new int[] {g, s, exact ? Integer.MAX_VALUE : overlap});
                }
            }
        }
        candidates.sort(Comparator.comparingInt((int[] c) -> -c[2]).thenComparingInt(c -> c[0]));
        boolean[] goldUsed = new boolean[gold.size()];
        boolean[] systemUsed = new boolean[system.size()];
        List<Pair> pairs = new ArrayList<>();
        for (int[] candidate : candidates) {
            if (!goldUsed[candidate[0]] && !systemUsed[candidate[1]]) {
                goldUsed[candidate[0]] = true;
                systemUsed[candidate[1]] = true;
                pairs.add(new Pair(gold.get(candidate[0]), system.get(candidate[1])));
            }
        }
        List<TimexMention> missed = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            if (!goldUsed[g]) {
                missed.add(gold.get(g));
            }
        }
        List<TimexMention> spurious = new ArrayList<>();
        for (int s = 0; s < system.size(); s++) {
            if (!systemUsed[s]) {
                spurious.add(system.get(s));
            }
        }
        return new Alignment(pairs, missed, spurious);
    }

    /** A gold expression and the system expression that overlaps it. */
    public record Pair(TimexMention gold, TimexMention system) {

        public boolean strict() {
            return gold.span().equals(system.span());
        }

        public boolean sameValue() {
            return gold.value().equals(system.value());
        }

        public boolean sameType() {
            return gold.type() == system.type();
        }
    }

    /** Pairs, gold expressions no system one overlaps, and system ones no gold one overlaps. */
    public record Alignment(List<Pair> pairs, List<TimexMention> missed, List<TimexMention> spurious) {

        public Alignment {
            pairs = List.copyOf(pairs);
            missed = List.copyOf(missed);
            spurious = List.copyOf(spurious);
        }

        TimexCounts counts(int gold, int system) {
            int strict = (int) pairs.stream().filter(Pair::strict).count();
            int value = (int) pairs.stream().filter(Pair::sameValue).count();
            int type = (int) pairs.stream().filter(Pair::sameType).count();
            return new TimexCounts(gold, system, strict, pairs.size(), value, type);
        }
    }
}
