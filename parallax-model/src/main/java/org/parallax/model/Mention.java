package org.parallax.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A mention of something named in an article's text.
 *
 * @param span   the characters of the mention
 * @param type   what kind of thing it names
 * @param entity the id of the entity it refers to, for types that are tracked as entities
 */
public record Mention(Span span, EntityType type, Optional<String> entity) {

    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(entity, "entity");
    }
}
