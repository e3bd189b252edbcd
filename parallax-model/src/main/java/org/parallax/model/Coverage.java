package org.parallax.model;

/**
 * How a story's outlets cover a claim, so that the outlet × claim matrix can lead with the claims
 * that matter: those several outlets carry, those in dispute, and the central ones only one
 * outlet carries (what the others leave out), before one outlet's minor details.
 */
public enum Coverage {
    /** Reported by two or more outlets, and contradicted by none. */
    SHARED,
    /** Contradicted by at least one report: a negation, another number or date, a denial. */
    DISPUTED,
    /** Carried by one outlet only, and close to what the story's other outlets cover: a telling omission. */
    EXCLUSIVE,
    /** Carried by one outlet only, and peripheral to the story: a detail. */
    DETAIL;

    /** Whether claims of this coverage belong in the story's outlet × claim matrix (the others are listed below it). */
    public boolean inMatrix() {
        return this != DETAIL;
    }
}
