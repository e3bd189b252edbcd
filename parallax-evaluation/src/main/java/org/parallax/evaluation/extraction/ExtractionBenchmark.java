package org.parallax.evaluation.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.parallax.ingest.html.MainTextExtractor;

/**
 * Runs a {@link MainTextExtractor} over the public article-extraction benchmark (Zyte/Scrapinghub)
 * and scores it with {@link ShingleScorer}, beside Readability4J on the same pages in the same run.
 *
 * <p>The benchmark folder holds {@code ground-truth.json} (page id to {@code articleBody} and
 * {@code url}) and {@code html/<id>.html.gz}. Each page is gunzipped and decoded by jsoup with the
 * charset a byte-order mark or {@code <meta charset>} declares, UTF-8 otherwise. The data is read
 * from wherever the user keeps it; it is never copied into the project.
 *
 * <p>Pages run one at a time on the calling thread, in page-id order, so results are deterministic
 * and the throughput is a one-core figure.
 */
public final class ExtractionBenchmark {

    private ExtractionBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param benchmarkDirectory the folder holding {@code ground-truth.json} and {@code html/}
     * @param extractor          the extractor to measure
     * @return per-page and averaged scores of the extractor and of Readability4J
     * @throws UncheckedIOException if the ground truth or a page cannot be read
     */
    public static ExtractionReport run(Path benchmarkDirectory, MainTextExtractor extractor) {
        Map<String, GroundTruth> truths = readGroundTruth(benchmarkDirectory.resolve("ground-truth.json"));
        ShingleScorer scorer = new ShingleScorer();
        List<ExtractionReport.PageResult> results = new ArrayList<>();
        List<ShingleScore> ourScores = new ArrayList<>();
        List<ShingleScore> baselineScores = new ArrayList<>();
        long parseNanos = 0;
        long extractNanos = 0;
        long baselineNanos = 0;
        for (Map.Entry<String, GroundTruth> entry : truths.entrySet()) {
            String id = entry.getKey();
            GroundTruth truth = entry.getValue();
            byte[] bytes = readPage(benchmarkDirectory.resolve("html").resolve(id + ".html.gz"));

            long start = System.nanoTime();
            Document page = parse(bytes, truth.url());
            long parsed = System.nanoTime();
            Optional<String> extracted;
            try {
                extracted = extractor.extract(page);
            } catch (RuntimeException e) {
                throw new IllegalStateException("extractor failed on page " + id, e);
            }
            long done = System.nanoTime();
            parseNanos += parsed - start;
            extractNanos += done - parsed;

            String html = new String(bytes, page.charset());
            long baselineStart = System.nanoTime();
            String baselineText = readability4j(truth.url(), html);
            baselineNanos += System.nanoTime() - baselineStart;

            ShingleScore ours = scorer.score(truth.articleBody(), extracted.orElse(""));
            ShingleScore baseline = scorer.score(truth.articleBody(), baselineText);
            ourScores.add(ours);
            baselineScores.add(baseline);
            results.add(new ExtractionReport.PageResult(id, truth.url(), ours, baseline, extracted.isEmpty()));
        }
        int n = results.size();
        return new ExtractionReport(results,
                ExtractionReport.Metrics.of(ourScores),
                ExtractionReport.Metrics.of(baselineScores),
                perSecond(n, extractNanos),
                perSecond(n, extractNanos + parseNanos),
                perSecond(n, baselineNanos));
    }

    /**
     * Runs the benchmark from the shell and prints the summary.
     *
     * @param args the benchmark folder, then optionally a path to write the JSON report to
     * @throws IOException never in practice; declared for the shell entry point
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: ExtractionBenchmark BENCHMARK_DIR [REPORT.json]");
            System.exit(2);
        }
        ExtractionReport report = run(Path.of(args[0]), new MainTextExtractor());
        System.out.print(report.summary(Integer.getInteger("parallax.bench.worst", 10)));
        if (args.length == 2) {
            report.writeJson(Path.of(args[1]));
            System.out.println("report written to " + args[1]);
        }
    }

    /** A ground-truth entry. */
    private record GroundTruth(String articleBody, String url) {
    }

    private static Map<String, GroundTruth> readGroundTruth(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ground truth " + file, e);
        }
        Map<String, GroundTruth> truths = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            truths.put(field.getKey(), new GroundTruth(value.path("articleBody").asText(""), value.path("url").asText("")));
        }
        return truths;
    }

    private static byte[] readPage(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read page " + file, e);
        }
    }

    private static Document parse(byte[] bytes, String url) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(bytes), null, url);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse page " + url, e);
        }
    }

    /** Readability4J's plain text of the page, or "" when it finds nothing or fails. */
    private static String readability4j(String url, String html) {
        try {
            Article article = new Readability4J(url, html).parse();
            String text = article.getTextContent();
            return text == null ? "" : text;
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static double perSecond(int pages, long nanos) {
        return nanos == 0 ? 0 : pages / (nanos / 1e9);
    }
}
