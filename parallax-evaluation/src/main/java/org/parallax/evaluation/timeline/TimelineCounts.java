package org.parallax.evaluation.timeline;

import java.util.EnumMap;
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
 * @param misses            the gold events not dated right, by why ({@link Miss}), with where their gold date stands
 * @param undatedAcross     the undated gold events whose date stands in another sentence, counted along a few
 *                          dimensions ("word class: verb", "gold date: 1 sentence back", "a date of ours between: no"),
 *                          each dimension adding up to the same total: where a cross-sentence rule could gain
 */
public record TimelineCounts(int gold, int covered, int dated, int right, int sameSentence, int rightSameSentence,
        Map<String, Tally> byClass, Map<Miss, Integer> misses, Map<String, Integer> undatedAcross) {

    public TimelineCounts {
        byClass = Map.copyOf(Objects.requireNonNull(byClass, "byClass"));
        misses = Map.copyOf(Objects.requireNonNull(misses, "misses"));
        undatedAcross = Map.copyOf(Objects.requireNonNull(undatedAcross, "undatedAcross"));
    }

    /** Counts without the breakdown of the undated events dated in another sentence. */
    public TimelineCounts(int gold, int covered, int dated, int right, int sameSentence, int rightSameSentence,
            Map<String, Tally> byClass, Map<Miss, Integer> misses) {
        this(gold, covered, dated, right, sameSentence, rightSameSentence, byClass, misses, Map.of());
    }

    /** Why a gold event is not dated right, and whether its gold date stands in its own sentence. */
    public enum Miss {
        /** No Parallax event mention overlaps the gold event; its date in its own sentence. */
        NO_MENTION_DATE_IN_OWN_SENTENCE("no mention covers it, date in its own sentence"),
        /** No Parallax event mention overlaps the gold event; its date in another sentence. */
        NO_MENTION_DATE_IN_ANOTHER_SENTENCE("no mention covers it, date in another sentence"),
        /** The covering mention is undated; the gold date in its own sentence. */
        UNDATED_DATE_IN_OWN_SENTENCE("mention undated, date in its own sentence"),
        /**
         * The covering mention is undated; the gold date in another sentence, and the mention's sentence holds a dated
         * time expression of its own (such a sentence is dated by its tree, not by its passage or the publication day).
         */
        UNDATED_DATE_IN_ANOTHER_SENTENCE_OWN_DATE_BESIDE("mention undated, date in another sentence, a DATE or TIME beside it"),
        /** The covering mention is undated; the gold date in another sentence, the mention's sentence holds no dated time expression. */
        UNDATED_DATE_IN_ANOTHER_SENTENCE("mention undated, date in another sentence, no DATE or TIME beside it"),
        /** The covering mention is dated with another value; the gold date in its own sentence. */
        WRONG_DATE_IN_OWN_SENTENCE("mention dated wrong, date in its own sentence"),
        /** The covering mention is dated with another value; the gold date in another sentence. */
        WRONG_DATE_IN_ANOTHER_SENTENCE("mention dated wrong, date in another sentence");

        private final String description;

        Miss(String description) {
            this.description = description;
        }

        /**
         * The miss of an event: whether a mention covers it, whether that one is dated, where its gold date stands, and
         * whether the event's sentence holds a dated time expression that Parallax found.
         */
        static Miss of(boolean covered, boolean dated, boolean sameSentence, boolean dateBeside) {
            if (!covered) {
                return sameSentence ? NO_MENTION_DATE_IN_OWN_SENTENCE : NO_MENTION_DATE_IN_ANOTHER_SENTENCE;
            }
            if (!dated) {
                return sameSentence ? UNDATED_DATE_IN_OWN_SENTENCE
                        : dateBeside ? UNDATED_DATE_IN_ANOTHER_SENTENCE_OWN_DATE_BESIDE : UNDATED_DATE_IN_ANOTHER_SENTENCE;
            }
            return sameSentence ? WRONG_DATE_IN_OWN_SENTENCE : WRONG_DATE_IN_ANOTHER_SENTENCE;
        }

        /** As the printout says it. */
        public String description() {
            return description;
        }
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
        return new TimelineCounts(0, 0, 0, 0, 0, 0, Map.of(), Map.of());
    }

    public TimelineCounts plus(TimelineCounts other) {
        Map<String, Tally> classes = new TreeMap<>(byClass);
        other.byClass.forEach((name, tally) -> classes.merge(name, tally, Tally::plus));
        Map<Miss, Integer> reasons = new EnumMap<>(Miss.class);
        reasons.putAll(misses);
        other.misses.forEach((miss, count) -> reasons.merge(miss, count, Integer::sum));
        Map<String, Integer> across = new TreeMap<>(undatedAcross);
        other.undatedAcross.forEach((name, count) -> across.merge(name, count, Integer::sum));
        return new TimelineCounts(gold + other.gold, covered + other.covered, dated + other.dated, right + other.right,
                sameSentence + other.sameSentence, rightSameSentence + other.rightSameSentence, classes, reasons, across);
    }

    /** The breakdown of the undated events whose date stands in another sentence, in name order. */
    public Map<String, Integer> undatedAcrossInOrder() {
        return new TreeMap<>(undatedAcross);
    }

    /** The misses in the order of {@link Miss}, each reason with its count (none left out). */
    public Map<Miss, Integer> missesInOrder() {
        Map<Miss, Integer> ordered = new EnumMap<>(Miss.class);
        for (Miss miss : Miss.values()) {
            ordered.put(miss, misses.getOrDefault(miss, 0));
        }
        return ordered;
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
