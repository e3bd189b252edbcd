package org.parallax.language.quotes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.parallax.language.LanguagePipeline;
import org.parallax.language.SharedParsers;
import org.parallax.language.corenlp.CoreNlpStage;
import org.parallax.language.entities.EntityStage;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Article;
import org.parallax.model.ArticleEntity;
import org.parallax.model.DateSource;
import org.parallax.model.InputFormat;
import org.parallax.model.Quote;

/** Runs CoreNLP, the entity stage and the quote stage over a text (one pipeline per test JVM), for quote tests. */
final class QuoteAnalysis {

    private static LanguagePipeline pipeline;

    private QuoteAnalysis() {
    }

    private static synchronized LanguagePipeline pipeline() {
        if (pipeline == null) {
            pipeline = new LanguagePipeline(List.of(new CoreNlpStage(SharedParsers.withoutDependencies()), new EntityStage(),
                    new QuoteStage()));
        }
        return pipeline;
    }

    /** What the tests look at: one article's text, quotes and entity names. */
    record Found(String text, List<Quote> quotes, Map<String, String> names) {

        Quote quoteContaining(String words) {
            return quotes.stream().filter(quote -> quote.piecesText(text).contains(words)).findFirst()
                    .orElseThrow(() -> new AssertionError("no quote holds \"" + words + "\" in " + describe()));
        }

        Optional<Quote> maybeQuoteContaining(String words) {
            return quotes.stream().filter(quote -> quote.piecesText(text).contains(words)).findFirst();
        }

        String speakerName(Quote quote) {
            return quote.speaker().flatMap(speaker -> speaker.entity()).map(names::get).orElse("");
        }

        String speakerWords(Quote quote) {
            return quote.speaker().map(speaker -> speaker.span().coveredText(text)).orElse("");
        }

        String cue(Quote quote) {
            return quote.cue().map(span -> span.coveredText(text)).orElse("");
        }

        String addressee(Quote quote) {
            return quote.addressee().map(span -> span.coveredText(text)).orElse("");
        }

        String describe() {
            return quotes.stream().map(quote -> quote.kind() + " " + cue(quote) + " [" + speakerWords(quote) + "] "
                    + quote.piecesText(text)).collect(Collectors.joining("\n"));
        }
    }

    static Found analyze(String text) {
        Article article = new Article("t", "test", InputFormat.TEXT, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), Optional.empty(), DateSource.NONE, Optional.empty(), text, List.of(), List.of());
        AnalyzedArticle analyzed = pipeline().annotate(article);
        return new Found(text, analyzed.annotations().quotes(), analyzed.annotations().entities().stream()
                .collect(Collectors.toMap(ArticleEntity::id, ArticleEntity::name, (a, b) -> a)));
    }

    static Found seed(String prefix) throws IOException {
        Path folder = Path.of(System.getProperty("parallax.repositoryRoot", "..")).resolve("parallax-ingest/src/test/resources/seeds");
        try (var files = Files.list(folder)) {
            Path file = files.filter(path -> path.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return analyze(Files.readString(file));
        }
    }
}
