package org.parallax.crossarticle;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.parallax.model.Entity;

/**
 * Entities resolved across articles: the resolved entities, and for each per-article entity id
 * ({@code <article>/e<n>}) the id of the resolved entity it belongs to. Immutable; lookups by id
 * are constant-time.
 */
public final class EntityResolution {

    private final List<Entity> entities;
    private final Map<String, String> canonical;
    private final Map<String, Entity> byId;

    /**
     * @param entities  the resolved entities
     * @param canonical for each per-article entity id ({@code <article>/e<n>}), the id of the resolved entity
     */
    public EntityResolution(List<Entity> entities, Map<String, String> canonical) {
        this.entities = List.copyOf(entities);
        this.canonical = Map.copyOf(canonical);
        Map<String, Entity> index = new HashMap<>();
        for (Entity entity : this.entities) {
            if (index.put(entity.id(), entity) != null) {
                throw new IllegalArgumentException("two resolved entities share the id " + entity.id());
            }
        }
        this.byId = Map.copyOf(index);
    }

    /** The resolved entities. */
    public List<Entity> entities() {
        return entities;
    }

    /** For each per-article entity id, the id of the resolved entity. */
    public Map<String, String> canonical() {
        return canonical;
    }

    /** The resolved entity a per-article entity belongs to. */
    public Optional<String> resolve(String articleEntityId) {
        return Optional.ofNullable(canonical.get(articleEntityId));
    }

    /** The resolved entity with this id, if any. */
    public Optional<Entity> entity(String resolvedId) {
        return Optional.ofNullable(byId.get(Objects.requireNonNull(resolvedId, "resolvedId")));
    }

    @Override
    public String toString() {
        return "EntityResolution[" + entities.size() + " entities, " + canonical.size() + " article entities]";
    }
}
