package org.parallax.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.parallax.ingest.FormatReaders;
import org.parallax.ingest.IngestListener;
import org.parallax.ingest.IngestOptions;
import org.parallax.ingest.Ingestor;
import org.parallax.model.Analysis;
import org.parallax.model.Article;
import org.parallax.pipeline.MemoryDestination;
import org.parallax.pipeline.Pipeline;
import org.parallax.pipeline.PipelineListener;
import org.parallax.pipeline.PipelineResult;
import org.parallax.pipeline.PipelineSettings;
import org.parallax.report.AnalysisJsonWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parallax bench spark}: the job against the embedded pipeline over one corpus of real articles
 * (topped up to {@code --articles} with variations of them, written as JSON Lines: each real article
 * followed by paragraphs of two others, under one of twenty outlets and a date spread over a year).
 * It runs, in one JVM with the models loaded first and an untimed warm-up (the job and the embedded pipeline over the
 * first 150 articles), the
 * embedded pipeline on one thread, then the job in local mode on one core and on two, and prints articles/s (wall clock and per CPU second of the
 * process), the scaling factor from one core to two, and the job's overhead on one core.
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
        description = {"Measures the Spark job (local mode, 1 and 2 cores) against the embedded pipeline (1 thread) over"
                + " the same corpus: articles/s, scaling factor, overhead. Figures go to standard output and --output."})
public final class SparkBenchmark implements Callable<Integer> {

    private static final int OUTLETS = 20;

    private static final int WARM_UP_ARTICLES = 150;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Real articles (default: PolNeAR train and dev,"
            + " the article-extraction and pubdate pages under ../shared/bench).")
    List<String> paths = new ArrayList<>(List.of("../shared/bench/polnear/train/text", "../shared/bench/polnear/dev/text",
            "../shared/bench/article-extraction/html", "../shared/bench/pubdate/pages"));

    @Option(names = "--articles", paramLabel = "N", defaultValue = "2000", description = "Corpus size (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--cores", paramLabel = "N", defaultValue = "2", description = "Most cores the job runs on (default: ${DEFAULT-VALUE}).")
    int cores;

    @Option(names = "--output", paramLabel = "FILE", defaultValue = "parallax-out/bench-spark.md", description = "Where the rows go (default: ${DEFAULT-VALUE}).")
    Path output;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkBenchmark()).execute(args));
    }

    /** One measured run: wall and CPU seconds and what it analysed. */
    record Measure(String what, int articles, double wallSeconds, double cpuSeconds, String stages) {
        double perSecond() {
            return articles / wallSeconds;
        }

        double perCpuSecond() {
            return articles / cpuSeconds;
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = Files.createDirectories(Path.of("parallax-out")).resolve("bench-spark-" + System.currentTimeMillis());
        Path corpus = corpus(folder.resolve("corpus.jsonl"));
        out.printf(Locale.ROOT, "corpus: %d articles in %s (load average %.1f)%n", articles, corpus, load());
        long loading = System.nanoTime();
        ExecutorLayers.language();
        ExecutorLayers.crossArticle();
        out.printf(Locale.ROOT, "models loaded in %.1f s (once per JVM, not measured below)%n", (System.nanoTime() - loading) / 1e9);
        long warming = System.nanoTime();
        // The warm-up needs every step of the job and of the embedded pipeline to run (class loading, JIT), not the
        // whole corpus: its first WARM_UP_ARTICLES articles do that in a fraction of the time.
        Path warmUpCorpus = folder.resolve("warm-up.jsonl");
        try (var lines = Files.lines(corpus, StandardCharsets.UTF_8)) {
            Files.write(warmUpCorpus, (Iterable<String>) lines.limit(WARM_UP_ARTICLES)::iterator, StandardCharsets.UTF_8);
        }
        job(warmUpCorpus, folder.resolve("spark-warm-up"), 1);
        embedded(warmUpCorpus, folder.resolve("embedded-warm-up"));
        out.printf(Locale.ROOT, "untimed warm-up first (Spark job and embedded pipeline over the first %d articles: class loading"
                + " and JIT), %.1f s%n", WARM_UP_ARTICLES, (System.nanoTime() - warming) / 1e9);
        List<Measure> measures = new ArrayList<>();
        measures.add(embedded(corpus, folder.resolve("embedded")));
        out.println(row(measures.get(0)));
        for (int n = 1; n <= cores; n *= 2) {
            measures.add(job(corpus, folder.resolve("spark-" + n), n));
            out.println(row(measures.get(measures.size() - 1)));
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%s, %d articles, load average %.1f at the end, %d cores here", Instant.now(),
                articles, load(), Runtime.getRuntime().availableProcessors()));
        measures.forEach(measure -> lines.add(row(measure)));
        Measure embedded = measures.get(0);
        Measure one = measures.get(1);
        lines.add(String.format(Locale.ROOT, "overhead on one core: %+.1f %% wall, %+.1f %% CPU",
                100 * (one.wallSeconds() / embedded.wallSeconds() - 1), 100 * (one.cpuSeconds() / embedded.cpuSeconds() - 1)));
        if (measures.size() > 2) {
            Measure two = measures.get(2);
            lines.add(String.format(Locale.ROOT, "scaling from 1 to 2 cores: %.2fx (wall)", two.perSecond() / one.perSecond()));
        }
        lines.subList(lines.size() - (measures.size() > 2 ? 2 : 1), lines.size()).forEach(out::println);
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.write(output, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        out.println("-> " + output);
        return 0;
    }

    private Measure embedded(Path corpus, Path out) throws IOException {
        Ingestor ingestor = new Ingestor(FormatReaders.standard(), new IngestOptions(IngestOptions.DEFAULT_MAX_INPUT_BYTES,
                org.parallax.ingest.Manifest.empty(), 1));
        Pipeline pipeline = new Pipeline(ingestor, PipelineSettings.defaults().withThreads(1), ExecutorLayers::language,
                () -> ExecutorLayers.crossArticle()::analyze);
        long wall = System.nanoTime();
        double cpu = cpuSeconds();
        MemoryDestination memory = new MemoryDestination();
        PipelineResult result = pipeline.run(List.of(corpus.toString()), memory, PipelineListener.NONE);
        Analysis analysis = memory.analysis(result);
        Files.createDirectories(out);
        try (OutputStream stream = Files.newOutputStream(out.resolve("analysis.json"))) {
            new AnalysisJsonWriter().write(analysis, stream);
        }
        return new Measure("embedded pipeline, 1 thread", analysis.articles().size(), (System.nanoTime() - wall) / 1e9,
                cpuSeconds() - cpu, "");
    }

    private Measure job(Path corpus, Path out, int n) throws IOException {
        try (SparkSession spark = SparkCommand.session("local[" + n + "]", "parallax-bench")) {
            long wall = System.nanoTime();
            double cpu = cpuSeconds();
            SparkJobResult result = new SparkAnalysisJob(spark).run(
                    SparkJobSettings.of(List.of(corpus.toString()), out.toString()).withAnalysisJsonLimit(0));
            return new Measure("Spark job, local[" + n + "]", result.articles(), (System.nanoTime() - wall) / 1e9,
                    cpuSeconds() - cpu, String.format(Locale.ROOT, "read+language %.1f s, cross-article %.1f s, output %.1f s",
                            result.readSeconds(), result.crossArticleSeconds(), result.writeSeconds()));
        }
    }

    /**
     * The corpus as one JSON Lines file: every real article read from {@link #paths}, then variations of
     * them up to {@link #articles} (a real article followed by paragraphs of two others).
     */
    private Path corpus(Path file) throws IOException {
        List<Article> real = new Ingestor(FormatReaders.standard(), IngestOptions.defaults()).ingest(paths, IngestListener.NONE).articles();
        if (real.isEmpty()) {
            throw new IllegalArgumentException("no articles in " + paths);
        }
        List<String> paragraphs = new ArrayList<>();
        real.forEach(article -> List.of(article.text().split("\n\n")).stream().filter(p -> p.length() > 80).forEach(paragraphs::add));
        ObjectMapper mapper = new ObjectMapper();
        Files.createDirectories(file.getParent());
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int k = 0; k < articles; k++) {
                Article base = real.get(k % real.size());
                ObjectNode line = mapper.createObjectNode();
                StringBuilder text = new StringBuilder(base.text());
                if (k >= real.size()) {
                    for (int i = 0; i < 2; i++) {
                        long pick = Math.floorMod(k * 2_654_435_761L + i * 40_503L, paragraphs.size());
                        text.append("\n\n").append(paragraphs.get((int) pick));
                    }
                }
                line.put("text", text.toString());
                base.title().ifPresent(title -> line.put("title", title));
                line.put("outlet", k < real.size() ? base.outlet().orElse("Outlet " + (k % OUTLETS)) : "Outlet " + (k % OUTLETS));
                line.put("published", base.published().orElse(java.time.LocalDate.of(2022, 1, 1).plusDays(k % 365)).toString());
                writer.write(mapper.writeValueAsString(line));
                writer.write('\n');
            }
        }
        return file;
    }

    private static String row(Measure measure) {
        return String.format(Locale.ROOT, "| %s | %d | %.1f s | %.2f articles/s | %.1f CPU s | %.2f articles per CPU s | %s |",
                measure.what(), measure.articles(), measure.wallSeconds(), measure.perSecond(), measure.cpuSeconds(),
                measure.perCpuSecond(), measure.stages());
    }

    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
