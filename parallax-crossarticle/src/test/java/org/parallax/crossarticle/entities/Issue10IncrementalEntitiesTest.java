package org.parallax.crossarticle.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.crossarticle.ArticleFixtures.article;
import static org.parallax.crossarticle.ArticleFixtures.named;
import static org.parallax.crossarticle.ArticleFixtures.person;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parallax.crossarticle.EntityResolution;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Entity;
import org.parallax.model.EntityAlias;
import org.parallax.model.EntityType;

/** Issue 10: new articles' entities resolved against entities resolved before, which keep their ids and stay apart. */
class Issue10IncrementalEntitiesTest {

    private final NameEntityResolver resolver = new NameEntityResolver();

    @Test
    void newMentionsJoinTheExistingEntitiesTheyNameAndTheRestAreNumberedAfter() {
        AnalyzedArticle hillary = article("hillary", "Hillary Clinton called for a recount in Wisconsin.",
                person("Hillary Clinton"), named("Wisconsin", EntityType.STATE_OR_PROVINCE));
        AnalyzedArticle trump = article("trump", "Donald Trump held a rally in Ohio.", person("Donald Trump"),
                named("Ohio", EntityType.STATE_OR_PROVINCE));
        EntityResolution before = resolver.resolve(List.of(hillary, trump));
        AnalyzedArticle later = article("later", "Clinton said Wisconsin was close. Mike Pence and Mr. Trump disagreed.",
                person("Clinton"), named("Wisconsin", EntityType.STATE_OR_PROVINCE), person("Mike Pence"), person("Mr. Trump"));

        EntityResolution after = resolver.extend(before.entities(), List.of(later));

        assertThat(after.entities()).extracting(Entity::id).startsWith(before.entities().stream().map(Entity::id)
                .toArray(String[]::new));
        String clinton = before.resolve("hillary/e1").orElseThrow();
        assertThat(after.resolve("later/e1")).contains(clinton);
        assertThat(after.resolve("later/e2")).isEqualTo(before.resolve("hillary/e2"));
        assertThat(after.resolve("later/e4")).isEqualTo(before.resolve("trump/e1"));
        assertThat(after.entity(clinton).orElseThrow().members()).containsExactly("hillary/e1", "later/e1");
        assertThat(after.entity(clinton).orElseThrow().name()).isEqualTo("Hillary Clinton");
        String pence = after.resolve("later/e3").orElseThrow();
        assertThat(pence).isEqualTo("e" + (before.entities().size() + 1));
        assertThat(after.resolve("hillary/e1")).contains(clinton);
    }

    @Test
    void twoExistingEntitiesAreNeverJoinedEvenByANameTheyShare() {
        Entity kiev = new Entity("e1", "Kiev", EntityType.CITY, List.of(new EntityAlias("Kiev", List.of("a"))), List.of(),
                List.of("a/e1"), Optional.empty());
        Entity kyiv = new Entity("e7", "Kyiv", EntityType.CITY, List.of(new EntityAlias("Kyiv", List.of("b"))), List.of(),
                List.of("b/e1"), Optional.empty());
        AnalyzedArticle later = article("c", "Officials in Kyiv said the talks would resume.", named("Kyiv", EntityType.CITY));

        EntityResolution after = resolver.extend(List.of(kiev, kyiv), List.of(later));

        assertThat(after.entities()).extracting(Entity::id).containsExactly("e1", "e7");
        assertThat(after.resolve("c/e1")).isPresent();
        assertThat(after.entity("e1").orElseThrow().members().size() + after.entity("e7").orElseThrow().members().size())
                .isEqualTo(3);
    }
}
