package org.parallax.model;

/** What kind of failure an {@link InputProblem} is, in the manner of Trino's error types. */
public enum ProblemCategory {
    /** The input itself is unusable: binary, empty, badly encoded, truncated, without an article. */
    BAD_INPUT,
    /** The input is too large for the configured limits. */
    OUT_OF_RESOURCES,
    /** A fault of Parallax itself; the input may be fine. */
    INTERNAL
}
