package org.parallax.model;

import java.util.List;
import java.util.Objects;

/** One name an entity goes by, with the articles that use it. */
public record EntityAlias(String name, List<String> articles) {

    public EntityAlias {
        Objects.requireNonNull(name, "name");
        articles = List.copyOf(articles);
    }
}
