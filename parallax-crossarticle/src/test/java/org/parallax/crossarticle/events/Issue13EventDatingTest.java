package org.parallax.crossarticle.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parallax.crossarticle.CrossArticleAnalyzer;
import org.parallax.crossarticle.LanguageLayer;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Article;
import org.parallax.model.ArticleEventMention;
import org.parallax.model.CrossArticle;
import org.parallax.model.DateSource;
import org.parallax.model.DatingBasis;
import org.parallax.model.Event;
import org.parallax.model.EventMention;
import org.parallax.model.InputFormat;
import org.parallax.model.Timex;

/**
 * Issue 13: each event is dated by the words that date it, on the sentences of PolNeAR dev the issue quotes
 * (with their articles' publication dates from its metadata), through the real language layer and the
 * cross-article layer.
 */
class Issue13EventDatingTest {

    /** breitbart_2016-09-29_politifact-donald-trump-is-right. */
    private static final String RANGE = "They checked the Chicago Tribune–which keeps a running tally on homicides and"
            + " shooting victims–and found there had been “3,210 shooting victims” between January 1 and September 26 alone.";

    /** west-journal_2016-09-21_chris-christie-calls-hillary-cli. */
    private static final String CHRISTIE = "Christie, who has campaigned heavily for GOP nominee Donald Trump since he"
            + " suspended his own presidential campaign in February, blasted Clinton as a “disgrace” Wednesday on The Laura"
            + " Ingraham Show.";

    /** breitbart_2016-09-15_pat-caddell-democrat-voters-worr. */
    private static final String SCHEDULE = "Breitbart News Daily airs on SiriusXM Patriot 125 weekdays from 6:00 a.m. to 9:00 a.m. Eastern.";

    @Test
    void theBoundsOfARangeOverWhichAFigureWasCountedDateNoEvent() {
        AnalyzedArticle article = analyze("politifact", LocalDate.of(2016, 9, 29), RANGE);
        assertThat(article.annotations().timexes()).extracting(Timex::value).contains("2016-01-01");
        assertThat(article.annotations().events()).isNotEmpty()
                .allSatisfy(mention -> assertThat(mention.dating().basis()).isNotEqualTo(DatingBasis.TIME_EXPRESSION));
        assertThat(timeline(article)).extracting(Event::date).doesNotContain(Optional.of("2016-01-01"), Optional.of("2016-09-26"));
    }

    @Test
    void theMainEventIsDatedByItsOwnClauseNotBySubordinateOne() {
        AnalyzedArticle article = analyze("christie", LocalDate.of(2016, 9, 21), CHRISTIE);
        String wednesday = timexValue(article, "Wednesday");
        assertThat(wednesday).startsWith("2016-09-");
        assertThat(mention(article, "blasted").dating().value()).contains(wednesday);
        assertThat(mention(article, "blasted").dating().basis()).isEqualTo(DatingBasis.TIME_EXPRESSION);
        assertThat(mention(article, "suspended").dating().value()).contains("2016-02");
        assertThat(mention(article, "campaigned").dating().isDated()).isFalse();

        Event blasted = timeline(article).stream()
                .filter(event -> event.mentions().stream().map(ArticleEventMention::mention).anyMatch(m -> m.lemma().equals("blast")))
                .findFirst().orElseThrow();
        assertThat(blasted.date()).contains(wednesday);
        assertThat(blasted.mentions()).extracting(m -> m.mention().lemma()).doesNotContain("suspend");
        // the campaign's suspension, where it is an event of its own, is told by its own clause
        assertThat(timeline(article)).filteredOn(event -> event.date().equals(Optional.of("2016-02")))
                .allSatisfy(event -> assertThat(event.summary()).contains("suspended").doesNotContain("blasted"));
    }

    @Test
    void aProgrammeScheduleIsNoEvent() {
        AnalyzedArticle article = analyze("caddell", LocalDate.of(2016, 9, 15), SCHEDULE);
        assertThat(mention(article, "airs").dating().isDated()).isFalse();
        assertThat(timeline(article)).isEmpty();
    }

    /** TimeBank APW19980322.0749 (AP, Sunday 1998-03-22): a passage whose top names the day, then a quotation. */
    private static final String DUNDALK = "Police found more than 1,300 pounds (600 kgs) of fertilizer-based explosives Sunday in"
            + " a shed in Dundalk, 50 miles (80 kms) south of Belfast. They arrested two men in connection with the bomb factory,"
            + " which also contained circuitry, detonating cord and the Mitsubishi truck that would have carried the bomb."
            + " ``We were unjustly pushed out of the talks in February but we are back,'' Adams said Sunday. He said the"
            + " north's substantial Catholic minority demanded a settlement that would promote Northern Ireland's eventual"
            + " unification with the Irish Republic.";

    @Test
    void aNarratedEventOfAPassageIsOnTheTimelineDatedByThePassageButWhatASpeakerGoesOnToSayIsNot() {
        AnalyzedArticle article = analyze("APW19980322.0749", LocalDate.of(1998, 3, 22), DUNDALK);
        assertThat(mention(article, "arrested").dating().basis()).isEqualTo(DatingBasis.PASSAGE);
        assertThat(mention(article, "arrested").dating().value()).contains("1998-03-22");
        List<Event> events = timeline(article);
        Event arrest = events.stream().filter(event -> event.mentions().stream()
                .anyMatch(m -> m.mention().lemma().equals("arrest"))).findFirst().orElseThrow();
        assertThat(arrest.date()).contains("1998-03-22");
        assertThat(arrest.summary()).startsWith("They arrested two men");
        assertThat(arrest.dates()).singleElement().satisfies(date -> assertThat(date.evidence().span().coveredText(DUNDALK))
                .isEqualTo("Sunday"));
        assertThat(arrest.mentions()).extracting(m -> m.mention().dating().basis()).containsOnly(DatingBasis.PASSAGE);
        // Adams goes on to speak in the passage of his "said Sunday": told further, not an event of its own
        assertThat(events).noneMatch(event -> event.summary().startsWith("He said the north's"));
    }

    private static AnalyzedArticle analyze(String id, LocalDate published, String text) {
        Article article = new Article(id, id + ".txt", InputFormat.TEXT, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), Optional.of(published), DateSource.MANIFEST, Optional.empty(), text, List.of(),
                List.of());
        return LanguageLayer.pipeline().annotate(article);
    }

    private static List<Event> timeline(AnalyzedArticle article) {
        CrossArticle cross = CrossArticleAnalyzer.standard().analyze(List.of(article));
        return cross.events();
    }

    private static EventMention mention(AnalyzedArticle article, String word) {
        String text = article.article().text();
        return article.annotations().events().stream()
                .filter(mention -> mention.span().coveredText(text).equals(word))
                .findFirst().orElseThrow(() -> new AssertionError("no event mention \"" + word + "\" in " + text));
    }

    private static String timexValue(AnalyzedArticle article, String words) {
        String text = article.article().text();
        return article.annotations().timexes().stream()
                .filter(timex -> timex.span().coveredText(text).equals(words))
                .map(Timex::value).findFirst().orElseThrow(() -> new AssertionError("no time expression \"" + words + "\""));
    }
}
