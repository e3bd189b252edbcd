package org.parallax.model;

import java.util.Locale;

/**
 * How an article stands to a claim, as a fact-checker asks it (the four labels of the Fake News
 * Challenge, FNC-1): it supports the claim, contradicts it, discusses it without taking a side, or
 * is about something else.
 */
public enum ClaimStance {
    /** The article says the claim is so. */
    SUPPORTS,
    /** The article says the claim is not so (refutes it, calls it false or a hoax, gives other facts). */
    CONTRADICTS,
    /** The article reports the claim without taking a side (attributed, hedged, "unconfirmed"). */
    DISCUSSES,
    /** The article is not about the claim. */
    UNRELATED;

    /** The lower-case label written to files: {@code supports}, {@code contradicts}, {@code discusses}, {@code unrelated}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the article is about the claim at all. */
    public boolean related() {
        return this != UNRELATED;
    }
}
