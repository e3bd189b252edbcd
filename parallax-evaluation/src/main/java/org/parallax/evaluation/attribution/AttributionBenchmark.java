package org.parallax.evaluation.attribution;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.parallax.language.LanguagePipeline;
import org.parallax.language.Stage;
import org.parallax.language.corenlp.CoreNlpOptions;
import org.parallax.language.corenlp.CoreNlpParser;
import org.parallax.language.corenlp.CoreNlpStage;
import org.parallax.language.entities.EntityStage;
import org.parallax.language.quotes.QuoteStage;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Article;
import org.parallax.model.DateSource;
import org.parallax.model.InputFormat;
import org.parallax.model.Mention;
import org.parallax.model.Quote;
import org.parallax.model.QuoteKind;
import org.parallax.model.Span;
import org.parallax.model.Speaker;

/**
 * The PolNeAR attribution benchmark: our quote stage against PolNeAR's gold attributions (content, cue, source),
 * beside CoreNLP's quote annotator on the same articles in the same run. Scoring: {@link AttributionScorer}.
 *
 * <p>Our side runs the language layer as far as quotes: CoreNLP without the dependency parser, the entity
 * stage, and {@link QuoteStage}.
 */
public final class AttributionBenchmark {

    /** How CoreNLP's quote annotator is run beside ours. */
    public enum Baseline {
        /** Not at all (for quick iterations). */
        NONE,
        /** The documented pipeline {@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote}. */
        QUOTE_WITH_COREFERENCE
    }

    private AttributionBenchmark() {
    }

    /** Scores the {@code dev} compartment against the documented CoreNLP quote pipeline. */
    public static AttributionReport run(Path polnearDirectory) {
        return run(polnearDirectory, "dev", Baseline.QUOTE_WITH_COREFERENCE);
    }

    public static AttributionReport run(Path polnearDirectory, String compartment, Baseline baselineMode) {
        return run(polnearDirectory, compartment, baselineMode, Optional.empty(), true);
    }

    /**
     * Scores a compartment; with a parse cache folder, CoreNLP's parses are read from it where there (and written to
     * it where not), so that reruns over the same articles skip CoreNLP (see {@link ParseCache}). Without the cue
     * model, the quote stage runs its hand-written rules alone.
     */
    public static AttributionReport run(Path polnearDirectory, String compartment, Baseline baselineMode,
            Optional<Path> parseCache, boolean cueModel) {
        List<PolnearArticle> articles = PolnearCorpus.read(polnearDirectory, compartment);
        CoreNlpParser parser = new CoreNlpParser(CoreNlpOptions.standard().withDependencies(false));
        TimedStage quoteStage = new TimedStage(cueModel ? new QuoteStage() : new QuoteStage(Optional.empty()));
        Stage parse = parseCache.<Stage>map(folder -> new CachedParseStage(parser, folder)).orElseGet(() -> new CoreNlpStage(parser));
        LanguagePipeline pipeline = new LanguagePipeline(List.of(parse, new EntityStage(), quoteStage));
        Optional<CoreNlpQuoteBaseline> baseline = baselineMode == Baseline.NONE
                ? Optional.empty()
                : Optional.of(new CoreNlpQuoteBaseline());
        List<AttributionReport.ArticleResult> results = new ArrayList<>();
        AttributionScore ours = AttributionScore.zero();
        AttributionScore oursByCue = AttributionScore.zero();
        AttributionScore theirs = AttributionScore.zero();
        Map<QuoteKind, Integer> kinds = new EnumMap<>(QuoteKind.class);
        long ourNanos = 0;
        long baselineNanos = 0;
        for (PolnearArticle gold : articles) {
            long start = System.nanoTime();
            AnalyzedArticle analyzed = pipeline.annotate(article(gold));
            ourNanos += System.nanoTime() - start;
            analyzed.annotations().quotes().forEach(quote -> kinds.merge(quote.kind(), 1, Integer::sum));
            AttributionScore article = AttributionScorer.score(gold.attributions(), eachQuote(analyzed));
            ours = ours.plus(article);
            oursByCue = oursByCue.plus(AttributionScorer.score(gold.attributions(), byCue(analyzed)));
            AttributionScore baselineArticle = AttributionScore.zero();
            if (baseline.isPresent()) {
                start = System.nanoTime();
                baselineArticle = AttributionScorer.score(gold.attributions(), baseline.get().attribute(gold.text()));
                baselineNanos += System.nanoTime() - start;
                theirs = theirs.plus(baselineArticle);
            }
            results.add(new AttributionReport.ArticleResult(gold.name(), article, baselineArticle));
        }
        Map<String, Integer> kindCounts = new TreeMap<>();
        kinds.forEach((kind, count) -> kindCounts.put(kind.name(), count));
        int n = Math.max(1, articles.size());
        return new AttributionReport(compartment, results, ours, oursByCue, theirs,
                baseline.map(CoreNlpQuoteBaseline::pipelineDescription).orElse("not run"), kindCounts,
                articles.size() / (ourNanos / 1e9), quoteStage.wallNanos() / 1e6 / n, baselineNanos / 1e9 / n);
    }

    static Article article(PolnearArticle gold) {
        return new Article(gold.name(), gold.name() + ".txt", InputFormat.TEXT, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(gold.publisher()), List.of(), gold.published(),
                gold.published().isPresent() ? DateSource.MANIFEST : DateSource.NONE, Optional.empty(), gold.text(),
                List.of(), List.of());
    }

    /** Each of our quotes as one attribution, its content the quote's pieces. */
    static List<SystemAttribution> eachQuote(AnalyzedArticle analyzed) {
        List<SystemAttribution> found = new ArrayList<>();
        for (Quote quote : analyzed.annotations().quotes()) {
            found.add(new SystemAttribution(quote.pieces(), quote.speaker().map(Speaker::span),
                    speakerMentions(analyzed, quote)));
        }
        return found;
    }

    /**
     * Our quotes, those sharing a cue and speaker taken together. Since the quote stage joins such quotes itself into
     * one quote of several pieces (2026-12-01), this gives what {@link #eachQuote} gives; the report keeps the line
     * so that its figures stay comparable with earlier runs (and it shows when the stage stops joining).
     */
    static List<SystemAttribution> byCue(AnalyzedArticle analyzed) {
        Map<String, List<Quote>> groups = new LinkedHashMap<>();
        for (Quote quote : analyzed.annotations().quotes()) {
            String key = quote.cue().map(Span::toString).orElse("quote " + quote.span()) + "|"
                    + quote.speaker().map(Speaker::span).map(Span::toString).orElse("");
            groups.computeIfAbsent(key, unused -> new ArrayList<>()).add(quote);
        }
        List<SystemAttribution> found = new ArrayList<>();
        for (List<Quote> group : groups.values()) {
            Quote first = group.get(0);
            found.add(new SystemAttribution(group.stream().flatMap(quote -> quote.pieces().stream()).toList(), first.speaker().map(Speaker::span),
                    speakerMentions(analyzed, first)));
        }
        return found;
    }

    private static List<Span> speakerMentions(AnalyzedArticle analyzed, Quote quote) {
        Optional<String> entity = quote.speaker().flatMap(Speaker::entity);
        if (entity.isEmpty()) {
            return List.of();
        }
        return analyzed.annotations().mentions().stream()
                .filter(mention -> mention.entity().equals(entity))
                .map(Mention::span)
                .toList();
    }

    /**
     * {@code AttributionBenchmark POLNEAR_DIR [COMPARTMENT [NONE|QUOTE_WITH_COREFERENCE [REPORT.json [PARSE_CACHE_DIR]]]]}.
     */
    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: AttributionBenchmark POLNEAR_DIR [COMPARTMENT [BASELINE [REPORT.json]]]");
            System.exit(2);
        }
        String compartment = args.length > 1 ? args[1] : "dev";
        Baseline baseline = args.length > 2 ? Baseline.valueOf(args[2]) : Baseline.QUOTE_WITH_COREFERENCE;
        Optional<Path> cache = args.length > 4 ? Optional.of(Path.of(args[4])) : Optional.empty();
        AttributionReport report = run(Path.of(args[0]), compartment, baseline, cache, true);
        System.out.print(report.summary());
        if (args.length > 3) {
            report.writeJson(Path.of(args[3]));
        }
    }
}
