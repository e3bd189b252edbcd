package org.parallax.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The date a relative time expression ("on Sunday", "in October", "last week") was resolved
 * against, and where that date came from.
 *
 * @param kind whose date it is
 * @param date the date, absent when the article has none (the value then stays underspecified)
 */
public record TimeReference(Kind kind, Optional<LocalDate> date) {

    /** Whose date a time expression is read against. */
    public enum Kind {
        /** The article's publication date. */
        PUBLICATION,
        /** The date of a post embedded in the article, which the expression stands inside. */
        EMBEDDED_POST,
        /** No reference date is known. */
        NONE
    }

    public TimeReference {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        if ((kind == Kind.NONE) != date.isEmpty()) {
            throw new IllegalArgumentException("a " + kind + " reference " + (date.isEmpty() ? "needs" : "has no") + " date");
        }
    }

    public static TimeReference none() {
        return new TimeReference(Kind.NONE, Optional.empty());
    }

    public static TimeReference publication(LocalDate date) {
        return new TimeReference(Kind.PUBLICATION, Optional.of(date));
    }

    public static TimeReference embeddedPost(LocalDate date) {
        return new TimeReference(Kind.EMBEDDED_POST, Optional.of(date));
    }
}
