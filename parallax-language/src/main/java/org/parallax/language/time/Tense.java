package org.parallax.language.time;

/** The grammatical time of the clause around a time expression, as far as its verbs' tags tell. */
public enum Tense {
    /** Past or present-perfect verbs: "said", "has met", "was killed". */
    PAST,
    /** Present verbs with no future marker: "says", "is". */
    PRESENT,
    /** A future marker: "will depart", "is going to", "plans to visit", "would". */
    FUTURE,
    /** No finite verb near the expression (headlines, datelines, fragments). */
    UNKNOWN
}
