package org.parallax.model;

/** TIMEX3 types (ISO-TimeML). */
public enum TimexType {
    /** A calendar date or period: {@code 2022-02-27}, {@code 2021-10}, {@code 2022-W08}, {@code PAST_REF}. */
    DATE,
    /** A time of day, with its date when known: {@code 2022-02-27T10:00}. */
    TIME,
    /** An amount of time: {@code P3D}, {@code PT24H}. */
    DURATION,
    /** A recurring time: {@code P1D} for "each day". */
    SET
}
