package org.parallax.evaluation.stance;

import java.util.List;
import java.util.Objects;
import org.parallax.crossarticle.stance.StanceModel;
import org.parallax.model.ClaimStance;

/**
 * Chooses the stance judge's decision weights ({@link StanceModel#decisionWeights}) on judged pairs of the validation
 * part: each related stance's weight on a grid from {@link #LOWEST} to {@link #HIGHEST} in steps of {@link #STEP}
 * (unrelated's stays 1, since only the ratios matter), keeping the weights of the highest relative score (on a tie,
 * the higher macro-F1, then the weights nearest to 1).
 */
public final class StanceTuning {

    static final double LOWEST = 0.5;
    static final double HIGHEST = 3.0;
    static final double STEP = 0.1;

    /** One judged pair: its gold stance and the model's probabilities, indexed by {@link ClaimStance#ordinal()}. */
    public record Judged(ClaimStance gold, double[] probabilities) {

        public Judged {
            Objects.requireNonNull(gold, "gold");
            if (probabilities.length != ClaimStance.values().length) {
                throw new IllegalArgumentException(probabilities.length + " probabilities for " + ClaimStance.values().length + " stances");
            }
            probabilities = probabilities.clone();
        }
    }

    /**
     * The weights chosen and what they score.
     *
     * @param rounds  boosting rounds of the model judged
     * @param weights the decision weights, indexed by {@link ClaimStance#ordinal()}
     * @param plain   the score with all weights 1
     * @param tuned   the score with {@code weights}
     */
    public record Choice(int rounds, double[] weights, FncScore plain, FncScore tuned) {

        public Choice {
            weights = weights.clone();
            Objects.requireNonNull(plain, "plain");
            Objects.requireNonNull(tuned, "tuned");
        }

        @Override
        public double[] weights() {
            return weights.clone();
        }
    }

    private StanceTuning() {
    }

    /** The choice of the highest relative score (on a tie, the fewer rounds, for a smaller model). */
    public static Choice best(List<Choice> choices) {
        if (choices.isEmpty()) {
            throw new IllegalArgumentException("no choice to pick from");
        }
        Choice best = choices.get(0);
        for (Choice choice : choices) {
            double gain = choice.tuned().relative() - best.tuned().relative();
            if (gain > 1e-12 || (Math.abs(gain) <= 1e-12 && choice.rounds() < best.rounds())) {
                best = choice;
            }
        }
        return best;
    }

    /** The FNC-1 figures of deciding {@code judged} with {@code weights}. */
    public static FncScore score(List<Judged> judged, double[] weights) {
        long[][] confusion = new long[ClaimStance.values().length][ClaimStance.values().length];
        for (Judged pair : judged) {
            confusion[pair.gold().ordinal()][StanceModel.decide(pair.probabilities, weights).ordinal()]++;
        }
        return new FncScore(confusion);
    }

    /** The best weights on the grid for {@code judged}, pairs a model of {@code rounds} rounds judged. */
    public static Choice choose(int rounds, List<Judged> judged) {
        double[] plain = {1, 1, 1, 1};
        double[] best = plain;
        FncScore bestScore = score(judged, plain);
        int steps = (int) Math.round((HIGHEST - LOWEST) / STEP);
        for (int agree = 0; agree <= steps; agree++) {
            for (int disagree = 0; disagree <= steps; disagree++) {
                for (int discuss = 0; discuss <= steps; discuss++) {
                    double[] weights = {LOWEST + agree * STEP, LOWEST + disagree * STEP, LOWEST + discuss * STEP, 1};
                    FncScore score = score(judged, weights);
                    if (better(score, weights, bestScore, best)) {
                        best = weights;
                        bestScore = score;
                    }
                }
            }
        }
        return new Choice(rounds, best, score(judged, plain), bestScore);
    }

    private static boolean better(FncScore score, double[] weights, FncScore than, double[] thanWeights) {
        double relative = score.relative() - than.relative();
        if (Math.abs(relative) > 1e-12) {
            return relative > 0;
        }
        double macro = score.macroF1() - than.macroF1();
        if (Math.abs(macro) > 1e-12) {
            return macro > 0;
        }
        return distance(weights) < distance(thanWeights);
    }

    private static double distance(double[] weights) {
        double sum = 0;
        for (double weight : weights) {
            sum += Math.abs(Math.log(weight));
        }
        return sum;
    }
}
