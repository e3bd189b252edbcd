package org.parallax.model;

import java.util.Objects;

/**
 * A role or title the text gives an entity ("Israeli Ambassador to Ukraine", "head of Zelensky’s office").
 *
 * @param title    the role as written, without the entity's name
 * @param evidence the characters that state it
 */
public record Role(String title, Span evidence) {

    public Role {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(evidence, "evidence");
        if (title.isBlank()) {
            throw new IllegalArgumentException("a role needs a title");
        }
    }
}
