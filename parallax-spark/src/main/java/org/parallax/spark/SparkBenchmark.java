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
 * It runs the embedded pipeline on one thread, then the job in local mode on one core and on two, each in a JVM of its
 * own pinned to that many processors with {@code taskset} (so that one core is one core for the embedding model's
 * workers, the garbage collector and Spark's threads too), with the models loaded and an untimed warm-up over the first
 * 150 articles in that JVM; it prints articles/s (wall clock and per CPU second of the process), each run's
 * cross-article steps with their wall clock and embedding model runs, the scaling factor from one core to two, and the
 * job's overhead on one core. {@code --no-pin} (or no {@code taskset}) runs all in this JVM, unpinned, as before.
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

    @Option(names = "--pin", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Run each measured run in a JVM of its own pinned to its cores with taskset (default; --no-pin: all"
                    + " in this JVM, every run on every core it may use).")
    boolean pin;

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
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (cores < 1 || cores > Runtime.getRuntime().availableProcessors()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--cores must be between 1 and the "
                    + Runtime.getRuntime().availableProcessors() + " processors this process may use, not " + cores);
        }
        Path folder = Files.createDirectories(Path.of("parallax-out")).resolve("bench-spark-" + System.currentTimeMillis());
        Path corpus = corpus(folder.resolve("corpus.jsonl"));
        out.printf(Locale.ROOT, "corpus: %d articles in %s (load average %.1f)%n", articles, corpus, load());
        // The warm-up needs every step of the job and of the embedded pipeline to run (class loading, JIT), not the
        // whole corpus: its first WARM_UP_ARTICLES articles do that in a fraction of the time.
        Path warmUpCorpus = folder.resolve("warm-up.jsonl");
        try (var lines = Files.lines(corpus, StandardCharsets.UTF_8)) {
            Files.write(warmUpCorpus, (Iterable<String>) lines.limit(WARM_UP_ARTICLES)::iterator, StandardCharsets.UTF_8);
        }
        boolean pinned = pin && tasksetFound();
        out.println(pinned
                ? "each run in a JVM of its own pinned to its cores (taskset): models loaded and an untimed warm-up over the first "
                        + WARM_UP_ARTICLES + " articles first, in that JVM"
                : "not pinned (" + (pin ? "no taskset on the PATH" : "--no-pin") + "): every run in this JVM, on every core it may"
                        + " use; models loaded and one untimed warm-up over the first " + WARM_UP_ARTICLES + " articles first");
        if (!pinned) {
            ExecutorLayers.language();
            ExecutorLayers.crossArticle();
            job(warmUpCorpus, folder.resolve("spark-warm-up"), 1);
            embedded(warmUpCorpus, folder.resolve("embedded-warm-up"));
        }
        List<Measure> measures = new ArrayList<>();
        measures.add(pinned ? pinnedRun(EMBEDDED, 1, corpus, warmUpCorpus, folder.resolve("embedded"))
                : embedded(corpus, folder.resolve("embedded")));
        out.println(row(measures.get(0)));
        out.flush();
        for (int n = 1; n <= cores; n *= 2) {
            measures.add(pinned ? pinnedRun(SPARK, n, corpus, warmUpCorpus, folder.resolve("spark-" + n))
                    : job(corpus, folder.resolve("spark-" + n), n));
            out.println(row(measures.get(measures.size() - 1)));
            out.flush();
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%s, %d articles, load average %.1f at the end, %d cores here, %s", Instant.now(),
                articles, load(), Runtime.getRuntime().availableProcessors(),
                pinned ? "each run pinned to its cores (taskset), embedded on 1" : "not pinned"));
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

    private static final String EMBEDDED = "embedded";
    private static final String SPARK = "spark";

    /**
     * One run in a JVM of its own, pinned to its first {@code cores} processors with {@code taskset}, so that "one core"
     * is one core for everything the run does (the embedding model's worker threads, which size themselves by the
     * processors the JVM may use, the garbage collector, Spark's own threads), not only for Spark's task slots or the
     * pipeline's annotation threads. The JVM gets this one's options and class path, loads the models and warms up on
     * {@code warmUp} untimed, then runs the measured run and writes its figures to a file this one reads.
     */
    private Measure pinnedRun(String kind, int cores, Path corpus, Path warmUp, Path out) throws IOException, InterruptedException {
        Path figures = out.resolveSibling(out.getFileName() + "-figures.json");
        List<String> command = new ArrayList<>(List.of("taskset", "-c", cores == 1 ? "0" : "0-" + (cores - 1)));
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), PinnedRun.class.getName(), kind,
                String.valueOf(cores), corpus.toString(), warmUp.toString(), out.toString(), figures.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(out.resolveSibling(out.getFileName() + ".log").toFile())).start();
        int code = process.waitFor();
        if (code != 0 || !Files.isRegularFile(figures)) {
            throw new IllegalStateException("the " + kind + " run on " + cores + " core(s) failed (exit " + code + "): see "
                    + out.resolveSibling(out.getFileName() + ".log"));
        }
        return new ObjectMapper().readValue(figures.toFile(), Measure.class);
    }

    private static boolean tasksetFound() {
        try {
            return new ProcessBuilder("taskset", "-p", String.valueOf(ProcessHandle.current().pid()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * The child JVM of {@link #pinnedRun}: {@code KIND CORES CORPUS WARM_UP OUT FIGURES}, KIND {@code embedded} (the
     * embedded pipeline on one thread) or {@code spark} (the job in {@code local[CORES]}).
     */
    public static final class PinnedRun {
        private PinnedRun() {
        }

        public static void main(String[] args) throws IOException {
            String kind = args[0];
            int cores = Integer.parseInt(args[1]);
            Path corpus = Path.of(args[2]);
            Path warmUp = Path.of(args[3]);
            Path out = Path.of(args[4]);
            SparkBenchmark benchmark = new SparkBenchmark();
            long loading = System.nanoTime();
            ExecutorLayers.language();
            ExecutorLayers.crossArticle();
            System.out.printf(Locale.ROOT, "%s on %d core(s), %d processors seen: models loaded in %.1f s%n", kind, cores,
                    Runtime.getRuntime().availableProcessors(), (System.nanoTime() - loading) / 1e9);
            Measure measure;
            if (kind.equals(EMBEDDED)) {
                benchmark.embedded(warmUp, out.resolveSibling(out.getFileName() + "-warm-up"));
                measure = benchmark.embedded(corpus, out);
            } else {
                benchmark.job(warmUp, out.resolveSibling(out.getFileName() + "-warm-up"), cores);
                measure = benchmark.job(corpus, out, cores);
            }
            measure = new Measure(measure.what() + ", pinned to " + cores + (cores == 1 ? " core" : " cores"), measure.articles(),
                    measure.wallSeconds(), measure.cpuSeconds(), measure.stages());
            new ObjectMapper().writeValue(Path.of(args[5]).toFile(), measure);
            System.out.println(row(measure));
            System.exit(0);
        }
    }

    private Measure embedded(Path corpus, Path out) throws IOException {
        Ingestor ingestor = new Ingestor(FormatReaders.standard(), new IngestOptions(IngestOptions.DEFAULT_MAX_INPUT_BYTES,
                org.parallax.ingest.Manifest.empty(), 1));
        StepClock[] clock = new StepClock[1];
        double[] crossSeconds = new double[1];
        // The embedded layer's steps timed as the job's are (the step's name from its listener, a lap at each change).
        org.parallax.pipeline.CorpusAnalyzer timed = (articles, listener) -> {
            clock[0] = StepClock.ofThisJvm();
            long started = System.nanoTime();
            String[] current = {null};
            org.parallax.model.CrossArticle account = ExecutorLayers.crossArticle().analyze(articles, (step, done, total) -> {
                String name = step.name().toLowerCase(Locale.ROOT);
                if (current[0] != null && !current[0].equals(name)) {
                    clock[0].lap(current[0]);
                }
                current[0] = name;
                listener.step(step, done, total);
            });
            if (current[0] != null) {
                clock[0].lap(current[0]);
            }
            crossSeconds[0] = (System.nanoTime() - started) / 1e9;
            return account;
        };
        Pipeline pipeline = new Pipeline(ingestor, PipelineSettings.defaults().withThreads(1), ExecutorLayers::language,
                () -> timed);
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
                cpuSeconds() - cpu, clock[0] == null ? "" : String.format(Locale.ROOT, "cross-article %.1f s (%s)", crossSeconds[0],
                        StepClock.line(clock[0].laps())));
    }

    private Measure job(Path corpus, Path out, int n) throws IOException {
        // An earlier run's texts would be found embedded; the embedded layer's cache lasts one analysis, so this does.
        ExecutorEmbeddings.ofThisJvm().clear();
        try (SparkSession spark = SparkCommand.session("local[" + n + "]", "parallax-bench")) {
            long wall = System.nanoTime();
            double cpu = cpuSeconds();
            SparkJobResult result = new SparkAnalysisJob(spark).run(
                    SparkJobSettings.of(List.of(corpus.toString()), out.toString()).withAnalysisJsonLimit(0));
            return new Measure("Spark job, local[" + n + "]", result.articles(), (System.nanoTime() - wall) / 1e9,
                    cpuSeconds() - cpu, String.format(Locale.ROOT, "read+language %.1f s, cross-article %.1f s (%s), output %.1f s",
                            result.readSeconds(), result.crossArticleSeconds(), StepClock.line(result.crossArticleSteps()),
                            result.writeSeconds()));
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
