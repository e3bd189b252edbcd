package org.parallax.crossarticle;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parallax.model.Entity;

/**
 * Entities resolved across articles.
 *
 * @param entities  the resolved entities
 * @param canonical for each per-article entity id ({@code <article>/e<n>}), the id of the resolved entity
 */
public record EntityResolution(List<Entity> entities, Map<String, String> canonical) {

    public EntityResolution {
        entities = List.copyOf(entities);
        canonical = Map.copyOf(canonical);
    }

    /** The resolved entity a per-article entity belongs to. */
    public Optional<String> resolve(String articleEntityId) {
        return Optional.ofNullable(canonical.get(articleEntityId));
    }
}
