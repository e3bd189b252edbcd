package org.parallax.evaluation.extraction;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.parallax.evaluation.ReportFiles;

/**
 * The outcome of one run of the article-extraction benchmark: our extractor's scores and the
 * Readability4J baseline's, page by page and averaged the way the published benchmark averages.
 *
 * @param pages                  per-page results, in page-id order
 * @param ours                   our extractor's averaged scores
 * @param baseline               Readability4J's averaged scores over the same pages in the same run
 * @param pagesPerSecond         our extraction throughput on one thread, from a parsed document to
 *                               the text (jsoup parsing excluded)
 * @param endToEndPagesPerSecond our throughput including jsoup's parse of the page bytes
 * @param baselinePagesPerSecond Readability4J's throughput from the HTML string (its parse included)
 */
public record ExtractionReport(
        List<PageResult> pages,
        Metrics ours,
        Metrics baseline,
        double pagesPerSecond,
        double endToEndPagesPerSecond,
        double baselinePagesPerSecond) {

    public ExtractionReport {
        pages = List.copyOf(pages);
        Objects.requireNonNull(ours, "ours");
        Objects.requireNonNull(baseline, "baseline");
    }

    /**
     * One page's result.
     *
     * @param id             the page's id in the benchmark
     * @param url            the page's original address
     * @param ours           our extractor's score on the page
     * @param baseline       Readability4J's score on the page
     * @param extractedEmpty whether our extractor found no article on the page
     */
    public record PageResult(String id, String url, ShingleScore ours, ShingleScore baseline, boolean extractedEmpty) {
        public PageResult {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(ours, "ours");
            Objects.requireNonNull(baseline, "baseline");
        }
    }

    /**
     * Scores averaged over pages as the published benchmark does: precision is the mean of the
     * pages' precisions over the pages where something was extracted, recall the mean of the pages'
     * recalls over the pages that have a ground truth, and F1 the harmonic mean of those two means
     * (not the mean of the pages' F1, which is given beside it).
     *
     * @param precision   mean precision
     * @param recall      mean recall
     * @param f1          harmonic mean of {@code precision} and {@code recall}
     * @param meanPageF1  mean over all pages of each page's own F1
     * @param pages       pages scored
     * @param emptyPages  pages where nothing was extracted
     */
    public record Metrics(double precision, double recall, double f1, double meanPageF1, int pages, int emptyPages) {

        /**
         * Averages page scores.
         *
         * @param scores one score per page
         * @return the averaged metrics; all zero when there is no page
         */
        public static Metrics of(List<ShingleScore> scores) {
            double precisionSum = 0;
            int precisionPages = 0;
            double recallSum = 0;
            int recallPages = 0;
            double f1Sum = 0;
            int empty = 0;
            for (ShingleScore score : scores) {
                if (score.hasPrediction()) {
                    precisionSum += score.precision();
                    precisionPages++;
                } else {
                    empty++;
                }
                if (score.hasTruth()) {
                    recallSum += score.recall();
                    recallPages++;
                }
                f1Sum += score.f1();
            }
            double precision = precisionPages == 0 ? 0 : precisionSum / precisionPages;
            double recall = recallPages == 0 ? 0 : recallSum / recallPages;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            double meanPageF1 = scores.isEmpty() ? 0 : f1Sum / scores.size();
            return new Metrics(precision, recall, f1, meanPageF1, scores.size(), empty);
        }
    }

    /**
     * A plain-text summary: our figures, the baseline's, their differences and the pages where
     * we scored worst.
     *
     * @param worstPages how many of our lowest-F1 pages to list (0 for none)
     * @return several lines of text, ending with a newline
     */
    public String summary(int worstPages) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Article extraction benchmark: %d pages%n", pages.size()));
        out.append(String.format(Locale.ROOT, "%-14s %9s %9s %9s %11s %7s %9s%n",
                "extractor", "precision", "recall", "F1", "mean page F1", "empty", "pages/s"));
        appendRow(out, "parallax", ours, pagesPerSecond);
        appendRow(out, "readability4j", baseline, baselinePagesPerSecond);
        out.append(String.format(Locale.ROOT, "%-14s %+9.4f %+9.4f %+9.4f %+11.4f%n", "difference",
                ours.precision() - baseline.precision(), ours.recall() - baseline.recall(),
                ours.f1() - baseline.f1(), ours.meanPageF1() - baseline.meanPageF1()));
        out.append(String.format(Locale.ROOT, "F1 ratio parallax / readability4j: %.4f%n",
                baseline.f1() == 0 ? Double.NaN : ours.f1() / baseline.f1()));
        out.append(String.format(Locale.ROOT,
                "parallax throughput: %.1f pages/s extraction only, %.1f pages/s with jsoup parsing (one thread)%n",
                pagesPerSecond, endToEndPagesPerSecond));
        if (worstPages > 0) {
            out.append("Lowest F1 pages (ours):\n");
            pages.stream()
                    .sorted(Comparator.comparingDouble((PageResult page) -> page.ours().f1()).thenComparing(PageResult::id))
                    .limit(worstPages)
                    .forEach(page -> out.append(String.format(Locale.ROOT, "  %.3f P=%.3f R=%.3f (r4j %.3f) %s %s%n",
                            page.ours().f1(), page.ours().precision(), page.ours().recall(),
                            page.baseline().f1(), page.id().substring(0, Math.min(12, page.id().length())), page.url())));
        }
        return out.toString();
    }

    /** The summary with the ten worst pages listed. */
    public String summary() {
        return summary(10);
    }

    private static void appendRow(StringBuilder out, String name, Metrics metrics, double pagesPerSecond) {
        out.append(String.format(Locale.ROOT, "%-14s %9.4f %9.4f %9.4f %11.4f %7d %9.1f%n", name,
                metrics.precision(), metrics.recall(), metrics.f1(), metrics.meanPageF1(), metrics.emptyPages(),
                pagesPerSecond));
    }

    /**
     * Writes the report as an indented JSON object: the averaged metrics of both extractors, the
     * throughputs, and every page's precision, recall and F1.
     *
     * @param file where to write; parent folders are created, an existing file is replaced
     * @throws UncheckedIOException if the file cannot be written
     */
    public void writeJson(Path file) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("benchmark", "article-extraction (Zyte/Scrapinghub), word 4-gram shingles");
        root.put("pages", pages.size());
        root.set("parallax", metricsNode(mapper, ours).put("pagesPerSecond", pagesPerSecond)
                .put("endToEndPagesPerSecond", endToEndPagesPerSecond));
        root.set("readability4j", metricsNode(mapper, baseline).put("pagesPerSecond", baselinePagesPerSecond));
        ObjectNode difference = root.putObject("difference");
        difference.put("precision", ours.precision() - baseline.precision());
        difference.put("recall", ours.recall() - baseline.recall());
        difference.put("f1", ours.f1() - baseline.f1());
        difference.put("f1Ratio", baseline.f1() == 0 ? Double.NaN : ours.f1() / baseline.f1());
        ArrayNode pageNodes = root.putArray("perPage");
        for (PageResult page : pages) {
            ObjectNode node = pageNodes.addObject();
            node.put("id", page.id());
            node.put("url", page.url());
            node.put("extractedEmpty", page.extractedEmpty());
            node.set("parallax", scoreNode(mapper, page.ours()));
            node.set("readability4j", scoreNode(mapper, page.baseline()));
        }
        ReportFiles.writeJson(mapper, root, file);
    }

    private static ObjectNode metricsNode(ObjectMapper mapper, Metrics metrics) {
        ObjectNode node = mapper.createObjectNode();
        node.put("precision", metrics.precision());
        node.put("recall", metrics.recall());
        node.put("f1", metrics.f1());
        node.put("meanPageF1", metrics.meanPageF1());
        node.put("emptyPages", metrics.emptyPages());
        return node;
    }

    private static ObjectNode scoreNode(ObjectMapper mapper, ShingleScore score) {
        ObjectNode node = mapper.createObjectNode();
        node.put("precision", score.precision());
        node.put("recall", score.recall());
        node.put("f1", score.f1());
        return node;
    }
}
