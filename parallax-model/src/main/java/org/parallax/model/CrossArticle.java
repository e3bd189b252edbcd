package org.parallax.model;

import java.util.List;

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

    public static CrossArticle empty() {
        return new CrossArticle(List.of(), List.of(), List.of());
    }
}
