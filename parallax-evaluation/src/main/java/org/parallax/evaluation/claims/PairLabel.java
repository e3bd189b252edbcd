package org.parallax.evaluation.claims;

import java.util.Locale;

/** What a reader says two statements are to each other. */
public enum PairLabel {
    /** They say the same thing about the same subjects: one claim, in agreement. */
    SAME,
    /** They say different things about the same subjects, predicate, time and source: one claim, in dispute. */
    DISPUTE,
    /** They are not about the same claim. */
    DIFFERENT;

    /** The label as written in the labels file: {@code same}, {@code dispute} or {@code different}. */
    public static PairLabel parse(String word) {
        return valueOf(word.strip().toUpperCase(Locale.ROOT));
    }

    /** Whether the two belong in one claim (agreeing or disputing). */
    public boolean oneClaim() {
        return this != DIFFERENT;
    }
}
