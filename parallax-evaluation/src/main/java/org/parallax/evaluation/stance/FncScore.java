package org.parallax.evaluation.stance;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.parallax.model.ClaimStance;

/**
 * FNC-1 figures of one system on one set of pairs, ported from the organisers' {@code scorer.py}:
 * +0.25 for a right {@code unrelated}; for a related pair, +0.25 for any related label and +0.75
 * more for the right one. The relative score is the sum over what a perfect answer gets. Also the
 * per-class F1, their mean (macro-F1, which Hanselowski et al. 2018 prefer, since the relative
 * score overrates systems that seldom say agree or disagree) and the accuracy.
 *
 * @param confusion counts by gold stance (row) and predicted stance (column), indexed by {@link ClaimStance#ordinal()}
 */
public record FncScore(long[][] confusion) {

    private static final int STANCES = ClaimStance.values().length;

    public FncScore {
        if (confusion.length != STANCES) {
            throw new IllegalArgumentException("a confusion matrix of " + confusion.length + " rows");
        }
        long[][] copy = new long[STANCES][];
        for (int i = 0; i < STANCES; i++) {
            if (confusion[i].length != STANCES) {
                throw new IllegalArgumentException("a confusion row of " + confusion[i].length + " columns");
            }
            copy[i] = confusion[i].clone();
        }
        confusion = copy;
    }

    /** An empty matrix to count into. */
    public static FncScore empty() {
        return new FncScore(new long[STANCES][STANCES]);
    }

    /** This score with one more pair counted. */
    public FncScore plus(ClaimStance gold, ClaimStance predicted) {
        long[][] next = confusion();
        next[gold.ordinal()][predicted.ordinal()]++;
        return new FncScore(next);
    }

    @Override
    public long[][] confusion() {
        long[][] copy = new long[STANCES][];
        for (int i = 0; i < STANCES; i++) {
            copy[i] = confusion[i].clone();
        }
        return copy;
    }

    public long pairs() {
        long total = 0;
        for (long[] row : confusion) {
            for (long count : row) {
                total += count;
            }
        }
        return total;
    }

    /** The FNC-1 score, as {@code scorer.py} sums it. */
    public double score() {
        double score = 0;
        for (ClaimStance gold : ClaimStance.values()) {
            for (ClaimStance predicted : ClaimStance.values()) {
                long count = confusion[gold.ordinal()][predicted.ordinal()];
                if (gold == predicted) {
                    score += 0.25 * count;
                    if (gold.related()) {
                        score += 0.50 * count;
                    }
                }
                if (gold.related() && predicted.related()) {
                    score += 0.25 * count;
                }
            }
        }
        return score;
    }

    /** The most a perfect answer scores. */
    public double maximum() {
        double maximum = 0;
        for (ClaimStance gold : ClaimStance.values()) {
            long row = 0;
            for (long count : confusion[gold.ordinal()]) {
                row += count;
            }
            maximum += (gold.related() ? 1.0 : 0.25) * row;
        }
        return maximum;
    }

    /** {@link #score()} over {@link #maximum()}: the challenge's relative score. */
    public double relative() {
        double maximum = maximum();
        return maximum == 0 ? 0 : score() / maximum;
    }

    /**
     * The relative score with each unrelated pair counted {@code unrelatedWeight} times: a part whose
     * share of unrelated pairs differs from the whole set's is scored as if it had the whole set's mix.
     */
    public double reweighted(double unrelatedWeight) {
        int unrelated = ClaimStance.UNRELATED.ordinal();
        double score = score() - 0.25 * confusion[unrelated][unrelated] * (1 - unrelatedWeight);
        double maximum = maximum() - 0.25 * unrelatedPairs() * (1 - unrelatedWeight);
        return maximum == 0 ? 0 : score / maximum;
    }

    /** The weight of an unrelated pair that gives this set the unrelated share {@code share} of another set. */
    public double unrelatedWeight(double share) {
        long unrelated = unrelatedPairs();
        long related = pairs() - unrelated;
        return unrelated == 0 || share >= 1 ? 1 : share / (1 - share) * related / unrelated;
    }

    /** The share of pairs whose gold stance is unrelated. */
    public double unrelatedShare() {
        long pairs = pairs();
        return pairs == 0 ? 0 : (double) unrelatedPairs() / pairs;
    }

    private long unrelatedPairs() {
        long unrelated = 0;
        for (long count : confusion[ClaimStance.UNRELATED.ordinal()]) {
            unrelated += count;
        }
        return unrelated;
    }

    public double f1(ClaimStance stance) {
        int s = stance.ordinal();
        long truePositives = confusion[s][s];
        long predicted = 0;
        long gold = 0;
        for (int i = 0; i < STANCES; i++) {
            predicted += confusion[i][s];
            gold += confusion[s][i];
        }
        return predicted + gold == 0 ? 0 : 2.0 * truePositives / (predicted + gold);
    }

    public double macroF1() {
        double sum = 0;
        for (ClaimStance stance : ClaimStance.values()) {
            sum += f1(stance);
        }
        return sum / STANCES;
    }

    public double accuracy() {
        long right = 0;
        for (int i = 0; i < STANCES; i++) {
            right += confusion[i][i];
        }
        long pairs = pairs();
        return pairs == 0 ? 0 : (double) right / pairs;
    }

    /** The figures by name, for a JSON report. */
    public Map<String, Object> figures() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("pairs", pairs());
        figures.put("relativeScore", relative());
        figures.put("score", score());
        figures.put("maximum", maximum());
        figures.put("macroF1", macroF1());
        figures.put("accuracy", accuracy());
        Map<String, Double> perClass = new LinkedHashMap<>();
        for (ClaimStance stance : ClaimStance.values()) {
            perClass.put(stance.label(), f1(stance));
        }
        figures.put("f1", perClass);
        figures.put("confusion", confusion());
        return figures;
    }

    /** One line: relative score, macro-F1, and each class's F1 under its FNC-1 name. */
    public String line() {
        return String.format(Locale.ROOT, "relative %.4f  macro-F1 %.4f  agree %.4f  disagree %.4f  discuss %.4f  unrelated %.4f",
                relative(), macroF1(), f1(ClaimStance.SUPPORTS), f1(ClaimStance.CONTRADICTS), f1(ClaimStance.DISCUSSES),
                f1(ClaimStance.UNRELATED));
    }

    /** The confusion matrix as text, gold by row. */
    public String table() {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-12s %9s %9s %9s %9s%n", "gold\\pred", "agree",
                "disagree", "discuss", "unrelated"));
        String[] names = {"agree", "disagree", "discuss", "unrelated"};
        for (int i = 0; i < STANCES; i++) {
            table.append(String.format(Locale.ROOT, "%-12s %9d %9d %9d %9d%n", names[i], confusion[i][0], confusion[i][1],
                    confusion[i][2], confusion[i][3]));
        }
        return table.toString();
    }
}
