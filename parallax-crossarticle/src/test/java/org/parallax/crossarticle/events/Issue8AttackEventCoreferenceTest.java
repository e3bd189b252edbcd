package org.parallax.crossarticle.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parallax.crossarticle.EntityResolution;
import org.parallax.crossarticle.LanguageLayer;
import org.parallax.crossarticle.entities.NameEntityResolver;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Article;
import org.parallax.model.ArticleEventMention;
import org.parallax.model.DateSource;
import org.parallax.model.Event;
import org.parallax.model.InputFormat;

/**
 * Issue 8: reports of the same event are one event across articles, the verb and its nominalisation alike:
 * "attacked" in one article and "the attack" in another, on the same day, with the same participants. Each case holds
 * for the untrained overlap rule and for the standard finder with the trained event pair model.
 */
class Issue8AttackEventCoreferenceTest {

    private static final LocalDate THURSDAY = LocalDate.of(2008, 11, 27);

    static Stream<SentenceEventFinder> finders() {
        return Stream.of(new SentenceEventFinder(), SentenceEventFinder.trained(TrainedEventFinder.embedder()));
    }

    @ParameterizedTest
    @MethodSource("finders")
    void attackedAndTheAttackOnTheSameDayWithTheSameParticipantsAreOneEvent(SentenceEventFinder finder) {
        List<Event> events = events(finder,
                article("wire", "Gunmen attacked the Taj Mahal Palace hotel in Mumbai on Wednesday, killing dozens of guests."),
                article("paper", "The attack on the Taj Mahal Palace hotel in Mumbai on Wednesday left dozens of guests dead,"
                        + " Indian police said."));

        assertThat(holding(events, "wire", "attacked")).isEqualTo(holding(events, "paper", "attack"));
    }

    /** Without a date the reports still share their action, their participants and their words. */
    @ParameterizedTest
    @MethodSource("finders")
    void undatedReportsOfTheAttackAreOneEventToo(SentenceEventFinder finder) {
        List<Event> events = events(finder,
                article("wire", "Gunmen attacked the Taj Mahal Palace hotel in Mumbai, killing dozens of guests."),
                article("paper", "The attack on the Taj Mahal Palace hotel in Mumbai left dozens of guests dead,"
                        + " Indian police said."));

        Event attack = holding(events, "wire", "attacked");
        assertThat(attack).isEqualTo(holding(events, "paper", "attack"));
        assertThat(attack.date()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("finders")
    void theSameActionWithOtherParticipantsElsewhereIsAnotherEvent(SentenceEventFinder finder) {
        List<Event> events = events(finder,
                article("wire", "Gunmen attacked the Taj Mahal Palace hotel in Mumbai, killing dozens of guests."),
                article("paper", "Rebels attacked an army base near Goma in Congo, the United Nations said."));

        assertThat(events.stream().filter(event -> event.mentions().stream()
                .anyMatch(mention -> mention.article().equals("wire")))
                .anyMatch(event -> event.mentions().stream().anyMatch(mention -> mention.article().equals("paper"))))
                .isFalse();
    }

    private static List<Event> events(SentenceEventFinder finder, AnalyzedArticle... articles) {
        List<AnalyzedArticle> list = List.of(articles);
        EntityResolution resolution = new NameEntityResolver().resolve(list);
        return finder.find(list, resolution);
    }

    private static Event holding(List<Event> events, String article, String word) {
        return events.stream().filter(event -> event.mentions().stream().anyMatch(mention -> is(mention, article, word)))
                .findFirst().orElseThrow(() -> new AssertionError("no event holds \"" + word + "\" of " + article + ": " + events));
    }

    private static boolean is(ArticleEventMention mention, String article, String word) {
        return mention.article().equals(article) && mention.mention().lemma().equals("attack")
                && mention.mention().span().length() == word.length();
    }

    private static AnalyzedArticle article(String id, String text) {
        return LanguageLayer.pipeline().annotate(new Article(id, id + ".txt", InputFormat.TEXT, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(id), List.of(), Optional.of(THURSDAY), DateSource.MANIFEST, Optional.empty(), text,
                List.of(), List.of()));
    }
}
