package org.parallax.language.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.language.events.NewsSentences.analyze;
import static org.parallax.language.events.NewsSentences.mention;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parallax.model.AnalyzedArticle;

/**
 * Issue 13: a holiday's or occasion's name dates no event where it names the occasion, not the day something happened:
 * "Christmas trees", "as Election Day grows near", "her march toward Election Day", "'Barack Obama Election Day', a
 * designated day on Nov. 1"; it still dates what happened that day ("his Labor Day cookout"). Real sentences of PolNeAR
 * dev (their articles' ids and publication dates); the time expressions stay the article's.
 */
class Issue13OccasionNameTest {

    private static void datesNothing(AnalyzedArticle article, String value) {
        assertThat(article.annotations().timexes()).anySatisfy(timex -> assertThat(timex.value()).isEqualTo(value));
        assertThat(article.annotations().events()).noneSatisfy(event -> assertThat(event.dating().value()).contains(value));
    }

    @Test
    void christmasTreesAreNoDate() {
        AnalyzedArticle article = analyze("nyt_2016-09-28_what-mexico-could-do-when-up-aga",
                "It avoided shooting itself in the foot when it retaliated against Christmas trees rather than car engines.",
                LocalDate.of(2016, 9, 28));
        assertThat(article.annotations().timexes()).anySatisfy(timex -> assertThat(timex.value()).endsWith("-12-25"));
        assertThat(article.annotations().events()).allSatisfy(event -> assertThat(event.dating().isDated()).as(event.lemma()).isFalse());
    }

    @Test
    void anElectionDayThatGrowsNearOrIsMarchedTowardIsNoDate() {
        datesNothing(analyze("breitbart_2016-09-21_only-percent-of-hillary-clinton-", "Clinton is being made to continue with an"
                + " aggressive calendar of fund-raisers with rich donors as Election Day grows near.", LocalDate.of(2016, 9, 21)),
                "2016-11-08");
        AnalyzedArticle march = analyze("politico_2016-09-12_former-dnc-chairman-calls-for-cl",
                "It's an extremely unlikely scenario; Clinton's team says she'll continue her march toward Election Day later this week.",
                LocalDate.of(2016, 9, 12));
        datesNothing(march, "2016-11-08");
        assertThat(mention(march, "continue").dating().value()).contains("2016-W37");
    }

    @Test
    void anOccasionNamedAfterSomeoneIsNoDate() {
        AnalyzedArticle article = analyze("nyt_2016-09-19_obama-sees-personal-insult-if-bl", "Mr. King and Mr. Morial are also"
                + " participating in \"Barack Obama Election Day,\" a designated day on Nov. 1 during which civil rights leaders will"
                + " seek to engage African-Americans in battleground states.", LocalDate.of(2016, 9, 19));
        datesNothing(article, "2016-11-08");
    }

    @Test
    void whatHappenedOnTheHolidayIsDatedByIt() {
        AnalyzedArticle article = analyze("wash-post_2016-09-08_virginian-could-make-history-aga", "Even as he hosted his Labor Day"
                + " cookout, he stood with his arms crossed and smiled sheepishly, leaving it to his niece to engage the crowd.",
                LocalDate.of(2016, 9, 8));
        assertThat(mention(article, "cookout").dating().value()).contains("2016-09-05");
    }
}
