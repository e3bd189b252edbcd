package org.parallax.language.time;

/**
 * Which occurrence of a recurring name ("Friday", "October", "26 October") an expression means,
 * seen from the reference date.
 */
enum Direction {
    /** The latest occurrence on or before the reference ("said on Sunday" on a Sunday is that Sunday). */
    PAST,
    /** The latest occurrence strictly before the reference ("last Friday"). */
    STRICT_PAST,
    /** The first occurrence on or after the reference ("will depart on Monday"). */
    FUTURE,
    /** The first occurrence strictly after the reference ("next Monday"). */
    STRICT_FUTURE;

    /**
     * The direction a tense gives, or {@code otherwise} for present and unknown tense.
     *
     * <p>Past and future tense decide; present tense and verb-less fragments do not, so the caller
     * says what such expressions most often mean in news (TimeBank: weekdays in verb-less
     * datelines and present-tense reports are mostly past).
     */
    static Direction of(Tense tense, Direction otherwise) {
        return switch (tense) {
            case PAST -> PAST;
            case FUTURE -> FUTURE;
            case PRESENT, UNKNOWN -> otherwise;
        };
    }

    boolean backward() {
        return this == PAST || this == STRICT_PAST;
    }
}
