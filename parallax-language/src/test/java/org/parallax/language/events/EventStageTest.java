package org.parallax.language.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.parallax.model.EventWordClass;
import org.parallax.model.InputFormat;

/** The event stage on a real article (the Jerusalem Post seed) and on the tense cases of issue 13. */
class EventStageTest {

    private static LanguagePipeline pipeline;

    private static synchronized LanguagePipeline pipeline() {
        if (pipeline == null) {
            pipeline = LanguagePipelines.standard(SharedParsers.withoutDependencies());
        }
        return pipeline;
    }

    private static AnalyzedArticle analyze(String text, LocalDate published) {
        Article article = new Article("test", "test.txt", InputFormat.TEXT, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), Optional.of(published), DateSource.MANIFEST, Optional.empty(), text, List.of(),
                List.of());
        return pipeline().annotate(article);
    }

    private static String seed(String name) throws IOException {
        String root = System.getProperty("parallax.repositoryRoot", "..");
        return Files.readString(Path.of(root, "parallax-ingest/src/test/resources/seeds", name));
    }

    /** The mention of {@code word} in the first sentence that contains {@code context}. */
    private static EventMention mention(AnalyzedArticle article, String context, String word) {
        String text = article.article().text();
        int at = text.indexOf(context);
        assertThat(at).as("context \"%s\"", context).isNotNegative();
        int begin = text.indexOf(word, at);
        return article.annotations().events().stream()
                .filter(mention -> mention.span().begin() == begin && mention.span().coveredText(text).equals(word))
                .findFirst().orElseThrow(() -> new AssertionError("no event mention \"" + word + "\" in \"" + context + "\""));
    }

    @Test
    void eachClauseIsDatedByItsOwnTimeExpressionInARealArticle() throws IOException {
        AnalyzedArticle article = analyze(seed("002_afd6bb49de05422a.txt"), LocalDate.of(2022, 2, 27));
        EventMention said = mention(article, "Gary Koren said on Sunday", "said");
        assertThat(said.dating().value()).contains("2022-02-27");
        assertThat(said.dating().basis()).isEqualTo(DatingBasis.TIME_EXPRESSION);
        assertThat(said.wordClass()).isEqualTo(EventWordClass.VERB);

        // the plane departs on Monday; the saying is not dated by its complement's date
        String sentence = "Koren said that a plane with";
        assertThat(mention(article, sentence, "depart").dating().value()).contains("2022-02-28");
        assertThat(mention(article, sentence, "said").dating().isDated()).isFalse();
    }

    @Test
    void aSimplePastOfReportingTakesThePublicationDayAPerfectDoesNot() {
        AnalyzedArticle simple = analyze("The minister said the border would stay open.", LocalDate.of(2022, 2, 27));
        assertThat(mention(simple, "The minister", "said").dating().basis()).isEqualTo(DatingBasis.PUBLICATION);
        assertThat(mention(simple, "The minister", "said").dating().value()).contains("2022-02-27");

        AnalyzedArticle perfect = analyze("The minister has said the border would stay open.", LocalDate.of(2022, 2, 27));
        assertThat(mention(perfect, "The minister", "said").dating().isDated()).isFalse();
    }

    @Test
    void coordinatedVerbsShareTheirTimeAndAWhenClauseTakesTheTimeItModifies() {
        AnalyzedArticle article = analyze("Last week, Hezbollah fighters killed three soldiers and seriously wounded six others.",
                LocalDate.of(1998, 3, 1));
        String week = mention(article, "Hezbollah", "killed").dating().value().orElseThrow();
        assertThat(week).isEqualTo("1998-W08");
        assertThat(mention(article, "Hezbollah", "wounded").dating().value()).contains(week);
    }
}
