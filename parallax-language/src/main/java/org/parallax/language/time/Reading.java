package org.parallax.language.time;

import java.util.Objects;
import java.util.Optional;
import org.parallax.model.TimexType;

/** What a rule reads a matched expression as: its TIMEX3 type and value. */
record Reading(TimexType type, String value) {

    Reading {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a reading needs a value");
        }
    }

    static Optional<Reading> date(String value) {
        return Optional.of(new Reading(TimexType.DATE, value));
    }

    static Optional<Reading> time(String value) {
        return Optional.of(new Reading(TimexType.TIME, value));
    }

    static Optional<Reading> duration(String value) {
        return Optional.of(new Reading(TimexType.DURATION, value));
    }

    static Optional<Reading> set(String value) {
        return Optional.of(new Reading(TimexType.SET, value));
    }
}
