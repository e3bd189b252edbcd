package org.parallax.evaluation.attribution;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of one run of the PolNeAR attribution benchmark: our quote stage's scores and CoreNLP's quote
 * annotator's over the same articles in the same run.
 *
 * @param compartment            the PolNeAR compartment scored ({@code dev})
 * @param articles               per-article results, in corpus order
 * @param ours                   our quotes, each quote one attribution
 * @param oursByCue              our quotes, the quotes sharing a cue and speaker ("“A,” he said. “B.”") taken as one
 * @param baseline               CoreNLP's quote annotator, each quotation one attribution
 * @param baselinePipeline       the CoreNLP annotators the baseline ran
 * @param quoteKinds             how many of our quotes are of each kind
 * @param articlesPerSecond      our whole language layer (CoreNLP without dependencies, entities, quotes) on one thread
 * @param quoteStageMillis       our quote stage's mean time per article, in milliseconds
 * @param baselineSecondsPerArticle CoreNLP quote pipeline's mean time per article
 */
public record AttributionReport(
        String compartment,
        List<ArticleResult> articles,
        AttributionScore ours,
        AttributionScore oursByCue,
        AttributionScore baseline,
        String baselinePipeline,
        Map<String, Integer> quoteKinds,
        double articlesPerSecond,
        double quoteStageMillis,
        double baselineSecondsPerArticle) {

    public AttributionReport {
        Objects.requireNonNull(compartment, "compartment");
        articles = List.copyOf(articles);
        Objects.requireNonNull(ours, "ours");
        Objects.requireNonNull(oursByCue, "oursByCue");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(baselinePipeline, "baselinePipeline");
        quoteKinds = Map.copyOf(quoteKinds);
    }

    /** One article's scores. */
    public record ArticleResult(String name, AttributionScore ours, AttributionScore baseline) {
        public ArticleResult {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(ours, "ours");
            Objects.requireNonNull(baseline, "baseline");
        }
    }

    /** The figures as plain text. */
    public String summary() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "PolNeAR %s: %d articles%n", compartment, articles.size()));
        out.append(String.format(Locale.ROOT, "%-34s %6s %6s %6s %9s %10s %8s%n", "system", "P", "R", "F1", "speaker",
                "attributions", "gold"));
        line(out, "ours (each quote)", ours);
        line(out, "ours (quotes sharing a cue as one)", oursByCue);
        line(out, "CoreNLP quote", baseline);
        out.append("CoreNLP pipeline: ").append(baselinePipeline).append(System.lineSeparator());
        out.append("our quote kinds: ").append(quoteKinds).append(System.lineSeparator());
        out.append(String.format(Locale.ROOT,
                "speed: our layer %.1f articles/s on one thread (quote stage %.2f ms/article); CoreNLP quote %.2f s/article%n",
                articlesPerSecond, quoteStageMillis, baselineSecondsPerArticle));
        return out.toString();
    }

    private static void line(StringBuilder out, String name, AttributionScore score) {
        out.append(String.format(Locale.ROOT, "%-34s %6.3f %6.3f %6.3f %9.3f %10d %8d%n", name, score.precision(),
                score.recall(), score.f1(), score.speakerAccuracy(), score.predicted(), score.gold()));
    }

    public void writeJson(Path file) {
        try {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), this);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
