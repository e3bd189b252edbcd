package org.parallax.evaluation.timeline;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Counts of the event-dating benchmark over some documents.
 *
 * @param gold              gold events tied to an explicit date
 * @param covered           of those, how many a Parallax event mention covers
 * @param dated             how many the covering mention dates
 * @param right             how many it dates with the gold value
 * @param sameSentence      of {@code gold}, how many have one of their gold time expressions in their own sentence
 * @param rightSameSentence of those, how many are right
 * @param byClass           dated and right by what dated them: each {@code datedBy} value ("time-expression",
 *                          "passage", "publication", "reference") and diagnostics of finer classes ("passage, 2
 *                          sentences after its top")
 */
public record TimelineCounts(int gold, int covered, int dated, int right, int sameSentence, int rightSameSentence,
        Map<String, Tally> byClass) {

    public TimelineCounts {
        byClass = Map.copyOf(Objects.requireNonNull(byClass, "byClass"));
    }

    /**
     * The events one class dated, and how many of them right.
     *
     * @param dated how many it dated
     * @param right how many with the gold value
     */
    public record Tally(int dated, int right) {

        Tally plus(Tally other) {
            return new Tally(dated + other.dated, right + other.right);
        }

        /** Right over dated. */
        public double precision() {
            return dated == 0 ? 0 : (double) right / dated;
        }
    }

    public static TimelineCounts zero() {
        return new TimelineCounts(0, 0, 0, 0, 0, 0, Map.of());
    }

    public TimelineCounts plus(TimelineCounts other) {
        Map<String, Tally> classes = new TreeMap<>(byClass);
        other.byClass.forEach((name, tally) -> classes.merge(name, tally, Tally::plus));
        return new TimelineCounts(gold + other.gold, covered + other.covered, dated + other.dated, right + other.right,
                sameSentence + other.sameSentence, rightSameSentence + other.rightSameSentence, classes);
    }

    /** The classes in name order. */
    public Map<String, Tally> classesInOrder() {
        return new TreeMap<>(byClass);
    }

    /** Right over the gold events whose date stands in their own sentence. */
    public double sameSentenceAccuracy() {
        return sameSentence == 0 ? 0 : (double) rightSameSentence / sameSentence;
    }

    /** Right over all gold events. */
    public double accuracy() {
        return gold == 0 ? 0 : (double) right / gold;
    }

    /** Right over the events Parallax dated. */
    public double precision() {
        return dated == 0 ? 0 : (double) right / dated;
    }
}
