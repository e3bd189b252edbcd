package org.parallax.language.text;

import java.util.Objects;

/**
 * One arc of a basic dependency tree (Universal Dependencies relations).
 *
 * @param governor  the head token's index, or -1 for the root
 * @param dependent the dependent token's index
 * @param relation  the relation, e.g. {@code nsubj}, {@code ccomp}, {@code obl:tmod}
 */
public record Dependency(int governor, int dependent, String relation) {

    public Dependency {
        Objects.requireNonNull(relation, "relation");
    }
}
