package org.parallax.language.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.language.events.NewsSentences.analyze;
import static org.parallax.language.events.NewsSentences.mention;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.EventMention;
import org.parallax.model.EventWordClass;

/**
 * Issue 13: the largest kinds of TimeBank's undated same-sentence events (its {@code bench timeline --errors}), on
 * TimeBank's own sentences (their documents' ids and creation dates): a time expression ending in "ago" is no bound of a
 * range, though the parser makes "ago" a case marker; a month before "for" is a month ("in February for $25 billion");
 * a "when" clause that the parser hangs by an adverb shares its main clause's time; "the close" of trading is an event
 * noun (four of TimeBank's gold events no mention covered).
 */
class Issue13SameSentenceDatingTest {

    @Test
    void aYearAgoDatesItsClause() {
        AnalyzedArticle article = analyze("wsj_1038", "A year ago, Benjamin Franklin had profit of $1.8 million, or 23 cents a share.",
                LocalDate.of(1989, 10, 26));
        assertThat(mention(article, "had").dating().value()).contains("1988");
        AnalyzedArticle sold = analyze("wsj_1033", "Esselte AB sold the minority stake five years ago in a $40 million"
                + " international share offering.", LocalDate.of(1989, 10, 26));
        assertThat(mention(sold, "sold").dating().value()).contains("1984");
    }

    @Test
    void aMonthBeforeForIsAMonth() {
        AnalyzedArticle article = analyze("wsj_0557", "Since KKR bought RJR in February for $25 billion of debt, it has agreed to"
                + " sell nearly $5 billion of RJR assets.", LocalDate.of(1989, 10, 30));
        assertThat(mention(article, "bought").dating().value()).contains("1989-02");
        assertThat(mention(article, "agreed").dating().isDated()).isFalse();
    }

    @Test
    void aWhenClauseSharesItsMainClausesTime() {
        AnalyzedArticle article = analyze("APW19980301.0720", "In addition, 73 soldiers were killed en route to Lebanon when two"
                + " military helicopters crashed last February.", LocalDate.of(1998, 3, 1));
        EventMention crashed = mention(article, "crashed");
        assertThat(crashed.dating().isDated()).isTrue();
        assertThat(mention(article, "killed").dating().value()).isEqualTo(crashed.dating().value());
    }

    @Test
    void theCloseOfTradingIsAnEvent() {
        AnalyzedArticle article = analyze("wsj_0150", "Williams shares, which were to be delisted from the New York Stock Exchange"
                + " after the close of composite trading yesterday, closed at $23.25, off 12.5 cents.", LocalDate.of(1989, 11, 2));
        assertThat(mention(article, "close").wordClass()).isEqualTo(EventWordClass.NOUN);
    }
}
