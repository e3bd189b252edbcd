package org.parallax.crossarticle.stories;

import java.util.List;
import java.util.Objects;

/**
 * A story as grouping leaves it, before its title and summary ({@link EmbeddingStoryFinder#plan}).
 *
 * @param id      {@code s<n>}
 * @param members its articles' indexes in the input order: its own articles (ascending), then those that also join it
 * @param own     how many of the members are its own (at least one)
 */
public record StoryPlan(String id, List<Integer> members, int own) {

    public StoryPlan {
        Objects.requireNonNull(id, "id");
        members = List.copyOf(members);
        if (own < 1 || own > members.size()) {
            throw new IllegalArgumentException("story " + id + ": " + own + " own articles of " + members.size());
        }
    }
}
