package org.parallax.model;

import java.util.Objects;

/**
 * A time expression with its TIMEX3 type and normalized value.
 *
 * @param span      the characters of the expression ("on Sunday" gives the span of "Sunday")
 * @param type      its TIMEX3 type
 * @param value     its TIMEX3 value: {@code 2022-02-27}, {@code 2021-10}, {@code P3D}, {@code PRESENT_REF};
 *                  underspecified ({@code XXXX-10}) when no reference date is known
 * @param reference the date the value was resolved against
 */
public record Timex(Span span, TimexType type, String value, TimeReference reference) {

    public Timex {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(reference, "reference");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a timex needs a value");
        }
    }
}
