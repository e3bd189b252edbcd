package org.parallax.language.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parallax.language.LanguagePipeline;
import org.parallax.language.LanguagePipelines;
import org.parallax.language.SharedParsers;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Article;
import org.parallax.model.DateSource;
import org.parallax.model.DatingBasis;
import org.parallax.model.EventMention;
import org.parallax.model.InputFormat;

/**
 * Issue 13: a sentence without a time expression of its own, narrating in the simple past in the passage a dated
 * sentence opens, takes that sentence's date ({@code datedBy: passage}); reported speech in the present, futures and
 * sentences that close the passage do not. Real passages of TimeBank's APW19980322.0749 (AP, Belfast, 1998-03-22, a
 * Sunday).
 */
class Issue13PassageDatingTest {

    private static final LocalDate PUBLISHED = LocalDate.of(1998, 3, 22);

    /** The article's last passage, opened by "Earlier Sunday". */
    private static final String CLASHES = "Earlier Sunday, police and militant Protestants clashed in a religiously polarized"
            + " part of north Belfast. Police said an unmarked police car was hit with gasoline bombs from the Protestant side."
            + " Riot police responded with a volley of plastic bullets that scattered a 50-strong mob. An elderly Catholic man"
            + " was hospitalized from cuts after a Protestant gasoline bomb landed in his back yard. Police arrested six"
            + " Protestants on suspicion of rioting.";

    /** Adams's statement on Sunday, what he said next, and a quotation in the present tense. */
    private static final String ADAMS = "``We were unjustly pushed out of the talks in February but we are back,'' Adams said"
            + " Sunday. He said the north's substantial Catholic minority demanded a settlement that would promote Northern"
            + " Ireland's eventual unification with the Irish Republic. ``Nationalists in the north are not a minority in"
            + " someone else's country. We are Irish citizens, living in our own country,'' Adams said.";

    private static LanguagePipeline pipeline;

    private static synchronized LanguagePipeline pipeline() {
        if (pipeline == null) {
            pipeline = LanguagePipelines.standard(SharedParsers.withoutDependencies());
        }
        return pipeline;
    }

    /** A passage of TimeBank's wsj_0786 (1989-10-27) opened by a month: "In March". */
    private static final String AMERICAN_MEDICAL = "In March, American Medical received a $24-a-share offer to take the company"
            + " private from an investor group including large holder M. Lee Pearce. It also was considering a restructuring to"
            + " help boost the stock price. A group including several members of the the Bass family of Texas urged the company"
            + " to take some steps to maximize shareholder value.";

    /** A passage of TimeBank's APW19980219.0476 (1998-02-19) opened by "July last year". */
    private static final String COUP = "In July last year in Phnom Penh, Cambodia's capital, Second Prime Minister Hun Sen staged"
            + " a successful coup d'etat against First Prime Minister Prince Norodom Ranariddh. Ranariddh's loyalists, including"
            + " Nhek Bunchhay, his top military commander, went into hiding or fled the capital.";

    private static AnalyzedArticle analyze(String text) {
        return analyze(text, "APW19980322.0749", PUBLISHED);
    }

    private static AnalyzedArticle analyze(String text, String id, LocalDate published) {
        return pipeline().annotate(new Article(id, id + ".txt", InputFormat.TEXT, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.of(published), DateSource.MANIFEST,
                Optional.empty(), text, List.of(), List.of()));
    }

    /** The mention of {@code word} at its first occurrence after {@code context}. */
    private static EventMention mention(AnalyzedArticle article, String context, String word) {
        String text = article.article().text();
        int begin = text.indexOf(word, text.indexOf(context));
        return article.annotations().events().stream().filter(mention -> mention.span().begin() == begin).findFirst()
                .orElseThrow(() -> new AssertionError("no event mention \"" + word + "\" after \"" + context + "\""));
    }

    @Test
    void theNarrationOfAPassageTakesTheDateOfItsTopSentence() {
        AnalyzedArticle article = analyze(CLASHES);
        EventMention clashed = mention(article, "Earlier", "clashed");
        assertThat(clashed.dating().basis()).isEqualTo(DatingBasis.TIME_EXPRESSION);
        assertThat(clashed.dating().value()).contains("1998-03-22");
        for (String word : List.of("responded", "hospitalized", "arrested")) {
            EventMention narrated = mention(article, "Riot police", word);
            assertThat(narrated.dating().basis()).as(word).isEqualTo(DatingBasis.PASSAGE);
            assertThat(narrated.dating().value()).as(word).contains("1998-03-22");
            assertThat(narrated.dating().evidence()).as(word).isEqualTo(clashed.dating().evidence());
        }
        // the police's statement belongs to the passage too, and so does what it tells in the simple past
        assertThat(mention(article, "Police said", "said").dating().basis()).isEqualTo(DatingBasis.PASSAGE);
    }

    @Test
    void whatWasSaidInThePassageTakesItsDateButNotItsFutureNorTheWordsOfAQuotation() {
        AnalyzedArticle article = analyze(ADAMS);
        EventMention sunday = mention(article, "Adams said", "said");
        assertThat(sunday.dating().basis()).isEqualTo(DatingBasis.TIME_EXPRESSION);
        assertThat(sunday.dating().value()).contains("1998-03-22");
        for (String word : List.of("said", "demanded")) {
            EventMention narrated = mention(article, "He said", word);
            assertThat(narrated.dating().basis()).as(word).isEqualTo(DatingBasis.PASSAGE);
            assertThat(narrated.dating().value()).as(word).contains("1998-03-22");
        }
        // "would promote": a future of the past, no narration
        assertThat(mention(article, "would", "promote").dating().isDated()).isFalse();
        // the speech after the quotation is narration; the quotation's present ("living in our own country") is not
        assertThat(mention(article, "own country", "said").dating().basis()).isEqualTo(DatingBasis.PASSAGE);
        assertThat(mention(article, "Irish citizens", "living").dating().isDated()).isFalse();
    }

    @Test
    void aPassageOpenedByAMonthDatesItsNarrationWithThatMonth() {
        AnalyzedArticle article = analyze(AMERICAN_MEDICAL, "wsj_0786", LocalDate.of(1989, 10, 27));
        EventMention received = mention(article, "American Medical", "received");
        assertThat(received.dating().basis()).isEqualTo(DatingBasis.TIME_EXPRESSION);
        assertThat(received.dating().value()).contains("1989-03");
        EventMention urged = mention(article, "Texas", "urged");
        assertThat(urged.dating().basis()).isEqualTo(DatingBasis.PASSAGE);
        assertThat(urged.dating().value()).contains("1989-03");
        assertThat(urged.dating().evidence()).isEqualTo(received.dating().evidence());
    }

    @Test
    void aPassageOpenedByLastYearsMonthDatesWhatFollowedTheCoup() {
        // TimeBank's gold ties "went" and "fled" to June 1997; the text says July (listed in docs/quality-time.md)
        AnalyzedArticle article = analyze(COUP, "APW19980219.0476", LocalDate.of(1998, 2, 19));
        assertThat(mention(article, "Hun Sen", "staged").dating().value()).contains("1997-07");
        for (String word : List.of("went", "fled")) {
            EventMention narrated = mention(article, "loyalists", word);
            assertThat(narrated.dating().basis()).as(word).isEqualTo(DatingBasis.PASSAGE);
            assertThat(narrated.dating().value()).as(word).contains("1997-07");
        }
    }
}
