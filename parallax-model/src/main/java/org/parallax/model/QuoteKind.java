package org.parallax.model;

/** How speech is reported. */
public enum QuoteKind {
    /** The speaker's own words, in quotation marks. */
    DIRECT,
    /** Reported speech, paraphrased: {@code X said that ...}, {@code according to X}. */
    INDIRECT,
    /** Paraphrase with quoted fragments: {@code X called it a "reckless move"}. */
    MIXED
}
