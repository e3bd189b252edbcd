package org.parallax.model;

/** How an outlet stands to a claim, per the outlet × claim matrix. */
public enum Stance {
    /** The outlet reports the claim (asserts it, or attributes it to a source). */
    REPORTED,
    /** The outlet reports something that contradicts it: a negation, another number or date, a denial. */
    CONTRADICTED,
    /** The outlet does not carry it. */
    ABSENT
}
