package org.parallax.evaluation.attribution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.parallax.language.LanguagePipeline;
import org.parallax.language.corenlp.CoreNlpOptions;
import org.parallax.language.corenlp.CoreNlpParser;
import org.parallax.language.entities.EntityStage;
import org.parallax.language.quotes.CueModel;
import org.parallax.language.quotes.FrameModel;
import org.parallax.language.quotes.QuoteStage;
import org.parallax.language.quotes.SourceModel;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Quote;
import org.parallax.model.Span;
import org.parallax.model.Speaker;

/**
 * Lists the quote stage's errors on the held-out train articles (every {@value AttributionTraining#HOLD_OUT_EVERY}th
 * article of PolNeAR's train split, the part every choice is tuned on), by category, for reading: wrong speakers,
 * attributions of ours that match no gold content, gold attributions we miss. Run it with the models {@code train
 * attribution --held-out-models DIR} wrote (fit without these articles):
 *
 * <pre>java -cp "parallax-cli/target/lib/*:parallax-cli/target/parallax.jar" org.parallax.evaluation.attribution.HeldOutErrors
 *     ../shared/bench/polnear PARSE_CACHE_DIR MODELS_DIR OUTPUT_FILE</pre>
 *
 * <p>Prints the held-out figures (as {@code train attribution} scores them) and the number of errors in each
 * category; the file holds every error with its words and the text around it. The dev split is never read.
 */
public final class HeldOutErrors {

    private static final int CONTEXT = 120;

    private HeldOutErrors() {
    }

    /** The held-out articles of the train split, in metadata order. */
    static List<PolnearArticle> heldOut(Path polnearDirectory) {
        List<PolnearArticle> all = PolnearCorpus.read(polnearDirectory, "train");
        List<PolnearArticle> heldOut = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (i % AttributionTraining.HOLD_OUT_EVERY == AttributionTraining.HOLD_OUT_EVERY - 1) {
                heldOut.add(all.get(i));
            }
        }
        return heldOut;
    }

    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: HeldOutErrors POLNEAR_DIR PARSE_CACHE_DIR MODELS_DIR OUTPUT_FILE");
            System.exit(2);
        }
        Path models = Path.of(args[2]);
        CueModel cues = CueModel.read(models.resolve(AttributionTraining.HELD_OUT_CUE_MODEL));
        SourceModel sources = SourceModel.read(models.resolve(AttributionTraining.HELD_OUT_SOURCE_MODEL));
        Path frameFile = models.resolve(AttributionTraining.HELD_OUT_FRAME_MODEL);
        Optional<FrameModel> frames = Files.isRegularFile(frameFile) ? Optional.of(FrameModel.read(frameFile)) : Optional.empty();
        CoreNlpParser parser = new CoreNlpParser(CoreNlpOptions.standard().withDependencies(false));
        LanguagePipeline pipeline = new LanguagePipeline(List.of(new CachedParseStage(parser, Path.of(args[1])),
                new EntityStage(), new QuoteStage(Optional.of(cues), Optional.of(sources), frames)));
        AttributionScore total = AttributionScore.zero();
        Map<String, Integer> counts = new TreeMap<>();
        StringBuilder out = new StringBuilder();
        for (PolnearArticle gold : heldOut(Path.of(args[0]))) {
            AnalyzedArticle analyzed = pipeline.annotate(AttributionBenchmark.article(gold));
            List<SystemAttribution> system = AttributionBenchmark.eachQuote(analyzed);
            total = total.plus(AttributionScorer.score(gold.attributions(), system));
            errors(gold, analyzed.annotations().quotes(), system, counts, out);
        }
        System.out.printf(Locale.ROOT, "held-out: P %.3f R %.3f F1 %.3f speaker %.3f (%d attributions, %d gold)%n",
                total.precision(), total.recall(), total.f1(), total.speakerAccuracy(), total.predicted(), total.gold());
        counts.forEach((category, count) -> System.out.println(category + "\t" + count));
        try {
            Files.writeString(Path.of(args[3]), out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the errors to " + args[3], e);
        }
    }

    private static void errors(PolnearArticle gold, List<Quote> quotes, List<SystemAttribution> system,
            Map<String, Integer> counts, StringBuilder out) {
        String text = gold.text();
        boolean[] correct = new boolean[system.size()];
        for (GoldAttribution attribution : gold.attributions()) {
            int best = -1;
            double bestCoverage = 0;
            int bestOutside = Integer.MAX_VALUE;
            for (int i = 0; i < system.size(); i++) {
                double coverage = AttributionScorer.coverage(attribution, system.get(i));
                correct[i] |= coverage >= AttributionScorer.COVERAGE;
                if (coverage == 0 || coverage < bestCoverage) {
                    continue;
                }
                int outside = AttributionScorer.outside(attribution, system.get(i));
                if (coverage > bestCoverage || outside < bestOutside) {
                    bestCoverage = coverage;
                    bestOutside = outside;
                    best = i;
                }
            }
            String cue = words(text, attribution.cue());
            if (best < 0 || bestCoverage < AttributionScorer.COVERAGE) {
                String category = "recall: " + (best < 0 ? "untouched" : "partly covered") + (cue.isEmpty() ? ", no cue" : "");
                record(counts, out, category, gold.name() + " cue [" + cue + "] source [" + words(text, attribution.source())
                        + "] content [" + words(text, attribution.content()) + "]" + (best < 0 ? ""
                        : String.format(Locale.ROOT, " ours %.2f [%s]", bestCoverage, words(text, quotes.get(best).pieces()))));
            } else if (!attribution.source().isEmpty() && !AttributionScorer.speakerRight(attribution, system.get(best))) {
                Quote quote = quotes.get(best);
                String speaker = quote.speaker().map(Speaker::span).map(span -> words(text, span)).orElse("");
                record(counts, out, "speaker: " + speakerCategory(attribution, quote, speaker), gold.name() + " gold ["
                        + words(text, attribution.source()) + "] ours [" + speaker + "] entity "
                        + quote.speaker().flatMap(Speaker::entity).orElse("-") + " cue [" + cue + "] around: "
                        + around(text, attribution.source().get(0), quote.cue().orElse(quote.span())));
            }
        }
        for (int i = 0; i < system.size(); i++) {
            if (!correct[i]) {
                Quote quote = quotes.get(i);
                SystemAttribution ours = system.get(i);
                boolean inside = gold.attributions().stream().anyMatch(attribution -> AttributionScorer.coverage(attribution, ours) > 0);
                record(counts, out, "precision: " + quote.kind() + (inside ? " partly on gold content" : " on no gold content"),
                        gold.name() + " cue [" + quote.cue().map(span -> words(text, span)).orElse("") + "] content ["
                                + words(text, quote.pieces()) + "]");
            }
        }
    }

    private static String speakerCategory(GoldAttribution gold, Quote quote, String speaker) {
        Span source = gold.source().get(0);
        Span cue = quote.cue().orElse(quote.span());
        if (speaker.isEmpty()) {
            return "none";
        }
        String lower = speaker.toLowerCase(Locale.ROOT);
        boolean pronoun = lower.matches("he|she|they|it|we|i|you|his|her|their|its|who");
        String where = Math.abs(source.begin() - cue.begin()) > 300 ? " gold far" : " gold near";
        return (pronoun ? "pronoun" : "phrase") + where;
    }

    private static void record(Map<String, Integer> counts, StringBuilder out, String category, String line) {
        counts.merge(category, 1, Integer::sum);
        out.append(category).append('\t').append(line.replace('\n', ' ')).append('\n');
    }

    private static String words(String text, List<Span> spans) {
        return String.join(" … ", spans.stream().map(span -> words(text, span)).toList());
    }

    private static String words(String text, Span span) {
        return text.substring(span.begin(), span.end());
    }

    private static String around(String text, Span first, Span second) {
        int begin = Math.max(0, Math.min(first.begin(), second.begin()) - CONTEXT / 2);
        int end = Math.min(text.length(), Math.max(first.end(), second.end()) + CONTEXT / 2);
        return end - begin > 4 * CONTEXT ? text.substring(first.begin(), Math.min(text.length(), first.end() + CONTEXT)) + " [...] "
                + text.substring(Math.max(0, second.begin() - CONTEXT), second.end()) : text.substring(begin, end);
    }
}
