package org.parallax.language.text;

import java.util.Objects;
import org.parallax.model.EntityType;
import org.parallax.model.Span;

/**
 * A named-entity span as the tagger found it, over whole tokens {@code [firstToken, endToken)}.
 */
public record NamedEntity(Span span, EntityType type, int firstToken, int endToken) {

    public NamedEntity {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        if (firstToken < 0 || endToken <= firstToken) {
            throw new IllegalArgumentException("invalid token range [" + firstToken + ", " + endToken + ")");
        }
    }
}
