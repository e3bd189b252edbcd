package org.parallax.evaluation.timeline;

/**
 * Counts of the event-dating benchmark over some documents.
 *
 * @param gold               gold events tied to an explicit date
 * @param covered            of those, how many a Parallax event mention covers
 * @param dated              how many the covering mention dates
 * @param right              how many it dates with the gold value
 * @param datedByExpression  of {@code dated}, how many a time expression dates (the others: the publication day)
 * @param rightByExpression  of {@code right}, how many a time expression dates
 * @param sameSentence       of {@code gold}, how many have one of their gold time expressions in their own sentence
 * @param rightSameSentence  of those, how many are right
 */
public record TimelineCounts(int gold, int covered, int dated, int right, int datedByExpression, int rightByExpression,
        int sameSentence, int rightSameSentence) {

    public static TimelineCounts zero() {
        return new TimelineCounts(0, 0, 0, 0, 0, 0, 0, 0);
    }

    public TimelineCounts plus(TimelineCounts other) {
        return new TimelineCounts(gold + other.gold, covered + other.covered, dated + other.dated, right + other.right,
                datedByExpression + other.datedByExpression, rightByExpression + other.rightByExpression,
                sameSentence + other.sameSentence, rightSameSentence + other.rightSameSentence);
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
