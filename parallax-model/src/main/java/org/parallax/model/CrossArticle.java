package org.parallax.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the cross-article layer reconstructs from all articles together.
 *
 * @param entities entities resolved across articles
 * @param events   events on one timeline
 * @param stories  stories, each with its claims
 */
public record CrossArticle(List<Entity> entities, List<Event> events, List<Story> stories) {

    public CrossArticle {
        entities = List.copyOf(entities);
        events = List.copyOf(events);
        stories = List.copyOf(stories);
    }

    /** Per-article entity ids ({@code <article>/e<n>}) to the ids of the entities resolved across articles. */
    public Map<String, String> resolvedIds() {
        Map<String, String> resolved = new HashMap<>();
        for (Entity entity : entities) {
            entity.members().forEach(member -> resolved.put(member, entity.id()));
        }
        return resolved;
    }

    public static CrossArticle empty() {
        return new CrossArticle(List.of(), List.of(), List.of());
    }
}
