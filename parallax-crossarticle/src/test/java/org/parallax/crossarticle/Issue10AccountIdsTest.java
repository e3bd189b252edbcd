package org.parallax.crossarticle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parallax.model.CrossArticle;
import org.parallax.model.Entity;
import org.parallax.model.EntityAlias;
import org.parallax.model.EntityType;
import org.parallax.model.Evidence;
import org.parallax.model.Event;
import org.parallax.model.Span;
import org.parallax.model.Story;

/** Issue 10: a recomputed account keeps the ids of what it shares most with, and numbers what is new after them. */
class Issue10AccountIdsTest {

    @Test
    void storiesEntitiesAndEventsKeepTheIdOfWhatTheyShareMostWith() {
        CrossArticle previous = new CrossArticle(List.of(entity("e1", "Kyiv", "x/e1", "y/e1"), entity("e2", "Moscow", "z/e1")),
                List.of(event("v4", "x")), List.of(story("s1", List.of("x", "y"), List.of("e1"), List.of("v4")),
                        story("s2", List.of("z"), List.of("e2"), List.of())));
        CrossArticle computed = new CrossArticle(
                List.of(entity("e1", "Moscow", "z/e1"), entity("e2", "Kyiv", "x/e1", "y/e1", "w/e1"), entity("e3", "Lviv", "v/e1")),
                List.of(event("v1", "v"), event("v2", "x")),
                List.of(story("s1", List.of("z"), List.of("e1"), List.of()),
                        story("s2", List.of("x", "y", "w"), List.of("e2"), List.of("v2")),
                        story("s3", List.of("v"), List.of("e3"), List.of("v1"))));

        CrossArticle stable = AccountIds.stabilize(previous, computed);

        assertThat(stable.entities()).extracting(Entity::id).containsExactly("e2", "e1", "e3");
        assertThat(stable.entities()).extracting(Entity::name).containsExactly("Moscow", "Kyiv", "Lviv");
        assertThat(stable.events()).extracting(Event::id).containsExactly("v5", "v4");
        assertThat(stable.stories()).extracting(Story::id).containsExactly("s2", "s1", "s3");
        assertThat(stable.stories().get(1).entities()).containsExactly("e1");
        assertThat(stable.stories().get(1).events()).containsExactly("v4");
        assertThat(stable.stories().get(2).entities()).containsExactly("e3");
        assertThat(stable.stories().get(2).events()).containsExactly("v5");
        assertThat(AccountIds.stabilize(stable, stable)).isEqualTo(stable);
    }

    private static Entity entity(String id, String name, String... members) {
        return new Entity(id, name, EntityType.CITY, List.of(new EntityAlias(name, List.of())), List.of(), List.of(members),
                Optional.empty());
    }

    private static Event event(String id, String article) {
        return new Event(id, Optional.empty(), List.of(), "something happened", List.of(), Optional.empty(),
                List.of(new Evidence(article, new Span(0, 10))));
    }

    private static Story story(String id, List<String> articles, List<String> cast, List<String> events) {
        return new Story(id, "a story", List.of(), articles, cast, events, List.of(), List.of());
    }
}
