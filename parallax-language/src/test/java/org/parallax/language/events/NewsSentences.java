package org.parallax.language.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.parallax.language.LanguagePipeline;
import org.parallax.language.LanguagePipelines;
import org.parallax.language.SharedParsers;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Article;
import org.parallax.model.DateSource;
import org.parallax.model.EventMention;
import org.parallax.model.InputFormat;

/** Real sentences of news articles through the standard language pipeline (one per test JVM), and their event mentions. */
final class NewsSentences {

    private static LanguagePipeline pipeline;

    private NewsSentences() {
    }

    private static synchronized LanguagePipeline pipeline() {
        if (pipeline == null) {
            pipeline = LanguagePipelines.standard(SharedParsers.withoutDependencies());
        }
        return pipeline;
    }

    /** The text analysed as a plain-text article with this id and publication day. */
    static AnalyzedArticle analyze(String id, String text, LocalDate published) {
        return pipeline().annotate(new Article(id, id + ".txt", InputFormat.TEXT, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), Optional.of(published), DateSource.MANIFEST, Optional.empty(), text,
                List.of(), List.of()));
    }

    /** The event mention that begins where the first occurrence of {@code word} does. */
    static EventMention mention(AnalyzedArticle article, String word) {
        int begin = article.article().text().indexOf(word);
        return article.annotations().events().stream().filter(event -> event.span().begin() == begin).findFirst()
                .orElseThrow(() -> new AssertionError("no event mention \"" + word + "\""));
    }
}
