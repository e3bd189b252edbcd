package org.parallax.model;

import java.util.Objects;

/**
 * A date one article gives an event: differing dates for the same event are all kept and shown.
 *
 * @param value    a TIMEX3 date value ({@code 2022-02-27}, {@code 2021-10})
 * @param evidence the time expression or sentence that gives it
 */
public record EventDate(String value, Evidence evidence) {

    public EventDate {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(evidence, "evidence");
    }
}
