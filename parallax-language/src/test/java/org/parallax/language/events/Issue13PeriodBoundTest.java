package org.parallax.language.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.language.events.NewsSentences.analyze;
import static org.parallax.language.events.NewsSentences.mention;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.EventMention;

/**
 * Issue 13: the start of a period ("beginning in January 2017") dates no event, and no event is put on the timeline
 * by it; the time expression stays one of the article's. Real sentence of PolNeAR dev's
 * huff-post_2016-09-20_elizabeth-warren-hammers-wells-f (HuffPost, 2016-09-20); and a main verb "had" dated by its own
 * clause (TimeBank's wsj_0541: "last Monday, the company had nearly 73 million shares outstanding").
 */
class Issue13PeriodBoundTest {

    private static final String WELLS_FARGO = "Wells Fargo just this month announced it would get rid of these incentives,"
            + " beginning in January 2017.";

    private static final String SHARES = "If all the debt is converted to common, Automatic Data will issue about 3.6 million"
            + " shares; last Monday, the company had nearly 73 million shares outstanding.";

    @Test
    void theStartOfAPeriodDatesNoEvent() {
        AnalyzedArticle article = analyze("huff-post_2016-09-20_elizabeth-warren-hammers-wells-f", WELLS_FARGO,
                LocalDate.of(2016, 9, 20));
        assertThat(article.annotations().timexes()).anySatisfy(timex -> assertThat(timex.value()).isEqualTo("2017-01"));
        assertThat(article.annotations().events()).noneSatisfy(event -> assertThat(event.dating().value()).contains("2017-01"));
        EventMention announced = mention(article, "announced");
        assertThat(announced.dating().value()).contains("2016-09");
        // what would happen from January ("get rid", "beginning") is dated by nothing the sentence says
        assertThat(article.annotations().events()).filteredOn(event -> !event.equals(announced))
                .isNotEmpty().allSatisfy(event -> assertThat(event.dating().isDated()).as(event.lemma()).isFalse());
    }

    @Test
    void aMainVerbHaveIsAnEventDatedByItsOwnClause() {
        AnalyzedArticle article = analyze("wsj_0541", SHARES, LocalDate.of(1989, 10, 30));
        assertThat(mention(article, "had").dating().value()).contains("1989-10-23");
    }
}
