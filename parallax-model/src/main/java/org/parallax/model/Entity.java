package org.parallax.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Something several articles may mention, resolved across them: one person, organisation or place
 * with every name and role it goes by, and where each came from.
 *
 * @param id         unique in the analysis ({@code e<n>})
 * @param name       its canonical name (the fullest, most used form)
 * @param type       what it is
 * @param aliases    every name used for it, with the articles using each
 * @param roles      roles and titles given to it, with evidence
 * @param members    the ids of the per-article entities ({@link ArticleEntity}) merged into it
 * @param metonymFor for a place standing for a government ("Moscow", "the Kremlin" for Russia's
 *                   government), the id of the entity it stands for, where the text supports it
 */
public record Entity(String id, String name, EntityType type, List<EntityAlias> aliases, List<EntityRole> roles,
        List<String> members, Optional<String> metonymFor) {

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        members = List.copyOf(members);
        Objects.requireNonNull(metonymFor, "metonymFor");
    }
}
