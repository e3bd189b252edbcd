package org.parallax.language.entities;

import java.util.Objects;
import org.parallax.model.EntityType;
import org.parallax.model.Span;

/**
 * A corrected named-entity span: whole tokens {@code [firstToken, endToken)}, the characters of the
 * mention (a trailing possessive left out) and its type.
 */
record NameSpan(int firstToken, int endToken, Span span, EntityType type) implements Comparable<NameSpan> {

    NameSpan {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        if (firstToken < 0 || endToken <= firstToken) {
            throw new IllegalArgumentException("invalid token range [" + firstToken + ", " + endToken + ")");
        }
    }

    int tokenCount() {
        return endToken - firstToken;
    }

    boolean covers(int token) {
        return firstToken <= token && token < endToken;
    }

    @Override
    public int compareTo(NameSpan other) {
        return span.compareTo(other.span);
    }
}
