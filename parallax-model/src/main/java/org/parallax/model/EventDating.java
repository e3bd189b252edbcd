package org.parallax.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The date of one event mention and what gives it.
 *
 * @param basis    what dates it
 * @param value    the TIMEX3 value of its date ({@code 2022-02-27}, {@code 2021-10}, {@code 1998}, {@code 2022-W12}); empty when undated
 * @param evidence the time expression that gives it, for {@link DatingBasis#TIME_EXPRESSION}, {@link DatingBasis#REFERENCE}
 *                 and {@link DatingBasis#PASSAGE} (the date of the passage's top sentence) only
 */
public record EventDating(DatingBasis basis, Optional<String> value, Optional<Span> evidence) {

    public EventDating {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(evidence, "evidence");
        if ((basis == DatingBasis.UNDATED) != value.isEmpty()) {
            throw new IllegalArgumentException(basis + " dating " + (value.isEmpty() ? "needs" : "has no") + " value");
        }
        boolean byExpression = basis == DatingBasis.TIME_EXPRESSION || basis == DatingBasis.REFERENCE || basis == DatingBasis.PASSAGE;
        if (byExpression != evidence.isPresent()) {
            throw new IllegalArgumentException(basis + " dating " + (evidence.isEmpty() ? "needs" : "has no") + " time expression");
        }
    }

    public static EventDating undated() {
        return new EventDating(DatingBasis.UNDATED, Optional.empty(), Optional.empty());
    }

    /** Dated by the time expression {@code timex}. */
    public static EventDating by(Timex timex) {
        return new EventDating(DatingBasis.TIME_EXPRESSION, Optional.of(timex.value()), Optional.of(timex.span()));
    }

    /** Dated by the article's publication day. */
    public static EventDating publication(LocalDate day) {
        return new EventDating(DatingBasis.PUBLICATION, Optional.of(day.toString()), Optional.empty());
    }

    /** This mention's date taken from the earlier report {@code earlier} it refers back to: its value, by its time expression. */
    public static EventDating reference(String value, Span timeExpression) {
        return new EventDating(DatingBasis.REFERENCE, Optional.of(value), Optional.of(timeExpression));
    }

    /** Dated by the passage its sentence belongs to: the time expression {@code timex} of the passage's top sentence. */
    public static EventDating passage(Timex timex) {
        return new EventDating(DatingBasis.PASSAGE, Optional.of(timex.value()), Optional.of(timex.span()));
    }

    public boolean isDated() {
        return basis != DatingBasis.UNDATED;
    }
}
