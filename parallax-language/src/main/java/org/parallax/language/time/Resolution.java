package org.parallax.language.time;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.parallax.model.TimeReference;

/**
 * What a rule may use to give a matched expression its value: the reference date, the tense of
 * the clause around it, and what the text said before it.
 */
record Resolution(TimeReference reference, Tense tense, Discourse discourse) {

    Resolution {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(tense, "tense");
        Objects.requireNonNull(discourse, "discourse");
    }

    Optional<LocalDate> date() {
        return reference.date();
    }

    /** The anchor for anaphoric expressions in a unit: the last date the text named that precisely, else the reference. */
    Optional<LocalDate> anchor(CalendarUnit unit) {
        return discourse.last(unit).or(this::date);
    }

    Direction direction(Direction otherwise) {
        return Direction.of(tense, otherwise);
    }

    /** The direction past or future tense gives; empty for present tense and none. */
    Optional<Direction> tenseDirection() {
        return switch (tense) {
            case PAST -> Optional.of(Direction.PAST);
            case FUTURE -> Optional.of(Direction.FUTURE);
            case PRESENT, UNKNOWN -> Optional.empty();
        };
    }
}
