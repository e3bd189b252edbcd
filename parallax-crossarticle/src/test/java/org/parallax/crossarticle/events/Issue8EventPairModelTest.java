package org.parallax.crossarticle.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.crossarticle.events.PirateSentences.NAVY;
import static org.parallax.crossarticle.events.PirateSentences.REBELS;
import static org.parallax.crossarticle.events.PirateSentences.WARSHIP;
import static org.parallax.crossarticle.events.PirateSentences.article;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.crossarticle.EntityResolution;
import org.parallax.crossarticle.entities.NameEntityResolver;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.ArticleEventMention;
import org.parallax.model.Event;

/**
 * Issue 8: undated reports of one event across articles are joined by the trained event pair model (ECB+ train), the
 * verb and its nominalisation alike, on real sentences: two reports of the Indian Navy foiling a pirate attack in the
 * Gulf of Aden (ECB+ documents 12_1ecb and 12_3ecb), against a report of another attack.
 */
class Issue8EventPairModelTest {

    @Test
    void theShippedModelSaysHowItWasTrained() {
        EventPairModel model = EventPairModel.standard();

        assertThat(model.provenance()).contains("ECB+ train");
        assertThat(model.threshold()).isStrictlyBetween(0.0, 1.0);
        assertThat(model.importance()).hasSize(EventMentionPairs.FEATURES.size());
    }

    @Test
    void attackingAndAnAttackOnTheSameMerchantVesselAreOneEvent() {
        List<Event> events = events(article("ibn", NAVY), article("zee", WARSHIP));

        assertThat(holding(events, "ibn", "attacking")).isEqualTo(holding(events, "zee", "attack"));
    }

    @Test
    void anotherAttackByOtherPeopleElsewhereIsNotThatEvent() {
        List<Event> events = events(article("ibn", NAVY), article("wire", REBELS));

        assertThat(events.stream().filter(event -> event.mentions().stream().anyMatch(mention -> mention.article().equals("ibn")))
                .anyMatch(event -> event.mentions().stream().anyMatch(mention -> mention.article().equals("wire")))).isFalse();
    }

    @Test
    void verbsAndTheirNominalisationsAreOneFamily() {
        assertThat(EventFamilies.of("explosion")).isEqualTo(EventFamilies.of("explode"));
        assertThat(EventFamilies.of("earthquake")).isEqualTo(EventFamilies.of("quake"));
        assertThat(EventFamilies.of("resignation")).isEqualTo(EventFamilies.of("resign"));
        assertThat(EventFamilies.of("explode")).isNotEqualTo(EventFamilies.of("resign"));
    }

    private static List<Event> events(AnalyzedArticle... articles) {
        List<AnalyzedArticle> list = List.of(articles);
        EntityResolution resolution = new NameEntityResolver().resolve(list);
        return SentenceEventFinder.trained(TrainedEventFinder.embedder()).find(list, resolution);
    }

    private static Event holding(List<Event> events, String article, String word) {
        return events.stream().filter(event -> event.mentions().stream().anyMatch(mention -> is(mention, article, word)))
                .findFirst().orElseThrow(() -> new AssertionError("no event holds \"" + word + "\" of " + article + ": " + events));
    }

    private static boolean is(ArticleEventMention mention, String article, String word) {
        return mention.article().equals(article) && mention.mention().span().length() == word.length()
                && mention.mention().lemma().equals("attack");
    }
}
