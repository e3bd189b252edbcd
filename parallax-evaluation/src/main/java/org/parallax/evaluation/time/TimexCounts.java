package org.parallax.evaluation.time;

/**
 * Counts for TempEval-3's timex scores over some documents. Detection: a system expression
 * matches strictly when its span equals a gold span, relaxedly when it overlaps one (pairs are
 * one-to-one). Attributes: a relaxed pair counts for value (or type) when the values (types) are
 * equal; attribute precision divides by the system expressions, recall by the gold ones, and F1
 * combines them, so detection errors lower attribute F1 too.
 *
 * @param gold         gold expressions
 * @param system       system expressions
 * @param strict       pairs with exactly the same span
 * @param relaxed      overlapping pairs
 * @param valueCorrect relaxed pairs with the same value
 * @param typeCorrect  relaxed pairs with the same type
 */
public record TimexCounts(int gold, int system, int strict, int relaxed, int valueCorrect, int typeCorrect) {

    public TimexCounts {
        if (gold < 0 || system < 0 || strict < 0 || relaxed < strict || relaxed > Math.min(gold, system)
                || valueCorrect > relaxed || typeCorrect > relaxed || valueCorrect < 0 || typeCorrect < 0) {
            throw new IllegalArgumentException("inconsistent counts " + gold + "/" + system + "/" + strict + "/" + relaxed
                    + "/" + valueCorrect + "/" + typeCorrect);
        }
    }

    public static TimexCounts zero() {
        return new TimexCounts(0, 0, 0, 0, 0, 0);
    }

    public TimexCounts plus(TimexCounts other) {
        return new TimexCounts(gold + other.gold, system + other.system, strict + other.strict, relaxed + other.relaxed,
                valueCorrect + other.valueCorrect, typeCorrect + other.typeCorrect);
    }

    public Score strictScore() {
        return Score.of(strict, system, gold);
    }

    public Score relaxedScore() {
        return Score.of(relaxed, system, gold);
    }

    public Score valueScore() {
        return Score.of(valueCorrect, system, gold);
    }

    public Score typeScore() {
        return Score.of(typeCorrect, system, gold);
    }

    /** Value accuracy over the relaxed matches alone (how well found expressions are normalised). */
    public double valueAccuracy() {
        return relaxed == 0 ? 0 : (double) valueCorrect / relaxed;
    }

    /** Precision, recall and F1. */
    public record Score(double precision, double recall, double f1) {

        static Score of(int correct, int system, int gold) {
            double precision = system == 0 ? 0 : (double) correct / system;
            double recall = gold == 0 ? 0 : (double) correct / gold;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            return new Score(precision, recall, f1);
        }
    }
}
