package org.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * Something an article mentions, with every name it goes by there and the roles the text gives it.
 * Its mentions point at it by {@link #id()}.
 *
 * @param id      unique within the analysis ({@code <article id>/e<n>} for an article's own entities)
 * @param name    its fullest name in the article ("Volodymyr Zelensky")
 * @param type    what it is
 * @param aliases every other form the article uses ("Zelensky", "President Zelensky")
 * @param roles   roles and titles the article gives it
 */
public record ArticleEntity(String id, String name, EntityType type, List<String> aliases, List<Role> roles) {

    public ArticleEntity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
    }
}
