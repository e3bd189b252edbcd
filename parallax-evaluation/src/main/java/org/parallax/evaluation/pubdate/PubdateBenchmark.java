package org.parallax.evaluation.pubdate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.parallax.ingest.BadInputException;
import org.parallax.ingest.TextDecoder;
import org.parallax.ingest.html.HtmlArticleReader;
import org.parallax.ingest.html.HtmlMetadataExtractor;
import org.parallax.ingest.html.PublicationDate;

/**
 * Runs Parallax's HTML reading over the publication-date set (htmldate's evaluation pages) and
 * scores the dates against the gold ones, and counts the pages where an article text is found.
 *
 * <p>The folder holds {@code gold.json} (file name to {@code url} and {@code date}, YYYY-MM-DD, or
 * {@code NaN} for a page that carries no date: there the right answer is none) and
 * {@code pages/<file>.gz}. Each page is decoded as Parallax decodes an HTML file (the charset its
 * {@code <meta>} declares, else UTF-8 or detection) and read with its URL given, as a WARC record or a
 * manifest gives it. Pages run one at a time in file-name order, so results are deterministic.
 * Every page falls in a {@link PubdatePart}; the figures are given per part.
 */
public final class PubdateBenchmark {

    private PubdateBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param directory the folder holding {@code gold.json} and {@code pages/}
     * @return per-page results and figures per part
     * @throws UncheckedIOException if the gold file cannot be read
     */
    public static PubdateReport run(Path directory) {
        Map<String, Gold> golds = readGold(directory.resolve("gold.json"));
        HtmlMetadataExtractor metadata = new HtmlMetadataExtractor();
        HtmlArticleReader reader = new HtmlArticleReader();
        List<PubdateReport.PageResult> results = new ArrayList<>();
        for (Map.Entry<String, Gold> entry : golds.entrySet()) {
            String file = entry.getKey();
            Gold gold = entry.getValue();
            PubdatePart part = PubdatePart.of(file);
            Optional<Document> page = read(directory.resolve("pages").resolve(file + ".gz"), gold.url());
            if (page.isEmpty()) {
                results.add(new PubdateReport.PageResult(file, gold.url(), gold.date(), part, Optional.empty(), false,
                        false));
                continue;
            }
            Optional<PublicationDate> found = metadata.extract(page.get(), Optional.of(gold.url())).publication();
            boolean text = reader.mainText(page.get()).isPresent();
            results.add(new PubdateReport.PageResult(file, gold.url(), gold.date(), part, found, text, true));
        }
        return new PubdateReport(results);
    }

    /**
     * Runs the benchmark from the shell and prints the summary.
     *
     * @param args the benchmark folder, then optionally a path to write the JSON report to
     */
    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: PubdateBenchmark BENCHMARK_DIR [REPORT.json]");
            System.exit(2);
        }
        PubdateReport report = run(Path.of(args[0]));
        System.out.print(report.summary(Integer.getInteger("parallax.bench.worst", 20)));
        if (args.length == 2) {
            report.writeJson(Path.of(args[1]));
            System.out.println("report written to " + args[1]);
        }
    }

    /** A gold entry: the page's address and its publication day (empty for a page that carries none). */
    record Gold(String url, Optional<LocalDate> date) {
    }

    /** The gold entries by file name, in file-name order. */
    static Map<String, Gold> readGold(Path file) {
        JsonNode root;
        try {
            root = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold dates " + file, e);
        }
        Map<String, Gold> golds = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode date = field.getValue().path("date");
            String url = field.getValue().path("url").asText("");
            if (date.isNumber() && Double.isNaN(date.asDouble())) {
                golds.put(field.getKey(), new Gold(url, Optional.empty()));
                continue;
            }
            try {
                golds.put(field.getKey(), new Gold(url, Optional.of(LocalDate.parse(date.asText("")))));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(file + ": " + field.getKey() + " has no gold date (YYYY-MM-DD): '"
                        + date + "'", e);
            }
        }
        return golds;
    }

    /** The parsed page, or empty (reported on standard error) when it cannot be read or decoded. */
    static Optional<Document> read(Path file, String url) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            byte[] bytes = in.readAllBytes();
            String html = TextDecoder.decodePage(bytes, TextDecoder.declaredHtmlCharset(bytes));
            return Optional.of(Jsoup.parse(html, url));
        } catch (IOException | BadInputException e) {
            System.err.println(file + ": " + e.getMessage());
            return Optional.empty();
        }
    }
}
