package org.parallax.evaluation.attribution;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parallax.language.LanguagePipeline;
import org.parallax.language.corenlp.CoreNlpOptions;
import org.parallax.language.corenlp.CoreNlpParser;
import org.parallax.language.entities.EntityStage;
import org.parallax.language.quotes.CueModel;
import org.parallax.language.quotes.QuoteStage;
import org.parallax.language.text.ParsedText;
import org.parallax.language.text.TextParser;

/**
 * What the trained models add to the quote stage's cost: the stage's CPU time per article on one thread, with
 * its rules alone, with rules and cue model, and with all its models (the layer's stage), over the same parsed articles (parsing, entities and the model's one-time
 * loading are not counted; each variant runs a warm-up round, then three timed rounds). CPU time of the measuring
 * thread, so that other processes on the machine distort it less than wall-clock time.
 *
 * <p>{@code CueModelCost POLNEAR_DIR [COMPARTMENT [PARSE_CACHE_DIR]]}.
 */
public final class CueModelCost {

    private static final int ROUNDS = 3;

    private CueModelCost() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: CueModelCost POLNEAR_DIR [COMPARTMENT [PARSE_CACHE_DIR]]");
            System.exit(2);
        }
        String compartment = args.length > 1 ? args[1] : "dev";
        List<PolnearArticle> articles = PolnearCorpus.read(Path.of(args[0]), compartment);
        CoreNlpParser coreNlp = new CoreNlpParser(CoreNlpOptions.standard().withDependencies(false));
        TextParser parser = args.length > 2 ? new ParseCache(coreNlp, Path.of(args[2])) : coreNlp;
        Map<String, ParsedText> parses = new HashMap<>();
        articles.forEach(article -> parses.put(article.text(), parser.parse(article.text())));
        Map<String, QuoteStage> stages = new LinkedHashMap<>();
        stages.put("rules alone", new QuoteStage(Optional.empty()));
        stages.put("rules and cue model", new QuoteStage(Optional.of(CueModel.standard())));
        stages.put("rules, cue model, source picker and frame check (the layer's)", new QuoteStage());
        for (Map.Entry<String, QuoteStage> stage : stages.entrySet()) {
            TimedStage quotes = new TimedStage(stage.getValue());
            LanguagePipeline pipeline = new LanguagePipeline(List.of(new CachedParseStage(coreNlp, parses::get),
                    new EntityStage(), quotes));
            articles.forEach(article -> pipeline.annotate(AttributionBenchmark.article(article)));
            long warm = quotes.cpuNanos();
            for (int round = 0; round < ROUNDS; round++) {
                articles.forEach(article -> pipeline.annotate(AttributionBenchmark.article(article)));
            }
            System.out.printf(Locale.ROOT, "quote stage, %s: %.2f ms CPU per article (%d %s articles, one thread)%n",
                    stage.getKey(), (quotes.cpuNanos() - warm) / 1e6 / ROUNDS / articles.size(),
                    articles.size(), compartment);
        }
    }
}
