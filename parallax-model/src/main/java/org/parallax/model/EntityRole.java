package org.parallax.model;

import java.util.Objects;

/** A role or title some article gives an entity, with where it says so. */
public record EntityRole(String title, Evidence evidence) {

    public EntityRole {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(evidence, "evidence");
    }
}
