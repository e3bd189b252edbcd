package org.parallax.evaluation.speed;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.parallax.language.Layer;
import org.parallax.language.LanguagePipeline;
import org.parallax.language.LanguagePipelines;
import org.parallax.language.Stage;
import org.parallax.language.corenlp.CoreNlpOptions;
import org.parallax.language.corenlp.CoreNlpParser;
import org.parallax.language.corenlp.CoreNlpStage;
import org.parallax.language.entities.EntityStage;
import org.parallax.model.Article;

/**
 * Times the language layer over a folder of plain-text articles and sets it beside Stanford
 * CoreNLP's full pipeline ({@value CoreNlpFullPipeline#ANNOTATORS}) on the same articles with the
 * same number of threads.
 *
 * <p>For each configuration, in turn and in one JVM: the heap is collected and its pools' peaks reset
 * (see {@link HeapMeter}); the pipeline is built (timed as load seconds); the first
 * {@value #WARM_UP_ARTICLES} articles (at most a quarter of those timed) are annotated once to warm
 * the JIT; then every article is annotated on a fixed pool of threads sharing the one pipeline, and
 * the wall-clock time taken gives articles and tokens per second. The worker threads' CPU time gives
 * the same rates as idle processors would reach them ({@link LanguageSpeedReport.Result#cpuArticlesPerSecond()}),
 * which is what to compare on a machine shared with other work; the speed-up over CoreNLP uses those. Tokens are counted once by CoreNLP's tokenizer, the same count for
 * every configuration. CoreNLP's coreference is slow, so configurations that include it run over the
 * first {@code coreNlpLimit} articles only; their per-article and per-token rates stand for the whole
 * set (an extrapolation: the comparison uses tokens per second, which the articles' lengths bias least).
 * Models are dropped between configurations, CoreNLP's process-wide annotator cache included.
 */
public final class LanguageSpeedBenchmark {

    /** Articles annotated before timing starts. */
    public static final int WARM_UP_ARTICLES = 10;
    /** Articles the CoreNLP configurations with coreference are timed on by default. */
    public static final int DEFAULT_CORENLP_LIMIT = 20;

    private LanguageSpeedBenchmark() {
    }

    /** Times the default configurations and the CoreNLP baseline on {@value #DEFAULT_CORENLP_LIMIT} articles. */
    public static LanguageSpeedReport run(Path benchmarkDirectory, int threads) {
        return run(benchmarkDirectory, threads, defaultConfigurations(), DEFAULT_CORENLP_LIMIT);
    }

    /** Times one pipeline beside the CoreNLP baseline. */
    public static LanguageSpeedReport run(Path benchmarkDirectory, int threads, Supplier<LanguagePipeline> pipeline,
            int coreNlpLimit) {
        return run(benchmarkDirectory, threads,
                List.of(new PipelineConfiguration("parallax", "the given language pipeline", pipeline)), coreNlpLimit);
    }

    /**
     * @param benchmarkDirectory a folder of {@code .txt} articles, e.g. {@code ../shared/bench/polnear/dev/text}
     * @param threads            worker threads for every configuration
     * @param configurations     Parallax configurations to time over every article
     * @param coreNlpLimit       articles to time CoreNLP's full pipeline on; 0 leaves the baseline out
     */
    public static LanguageSpeedReport run(Path benchmarkDirectory, int threads,
            List<PipelineConfiguration> configurations, int coreNlpLimit) {
        return run(benchmarkDirectory, threads, configurations, List.of(), coreNlpLimit);
    }

    /**
     * As {@link #run(Path, int, List, int)}, also timing CoreNLP itself with the given annotator lists
     * (each with CoreNLP's defaults), to show what each annotator costs.
     */
    public static LanguageSpeedReport run(Path benchmarkDirectory, int threads,
            List<PipelineConfiguration> configurations, List<String> coreNlpAnnotatorLists, int coreNlpLimit) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        List<Article> articles = BenchmarkArticles.read(benchmarkDirectory);
        long[] tokens = countTokens(articles);
        Optional<Double> loadBefore = loadAverage();
        List<LanguageSpeedReport.Result> results = new ArrayList<>();
        for (PipelineConfiguration configuration : configurations) {
            results.add(measure(configuration.name(), configuration.description(), articles, articles.size(), tokens,
                    threads, () -> {
                        LanguagePipeline pipeline = configuration.pipeline().get();
                        return article -> pipeline.annotate(article);
                    }));
        }
        for (String annotators : coreNlpAnnotatorLists) {
            int limit = annotators.contains("coref") ? Math.max(1, coreNlpLimit) : articles.size();
            results.add(measure("corenlp:" + shortName(annotators), "CoreNLP " + annotators + " (CoreNLP defaults)",
                    articles, limit, tokens, threads, () -> coreNlp(annotators)));
        }
        Optional<LanguageSpeedReport.Result> baseline = Optional.empty();
        if (coreNlpLimit > 0) {
            baseline = Optional.of(measure("corenlp-full", "CoreNLP " + CoreNlpFullPipeline.ANNOTATORS
                    + " (CoreNLP defaults: 3 NER models, SUTime; coref.algorithm=statistical)",
                    articles, coreNlpLimit, tokens, threads, () -> coreNlp(CoreNlpFullPipeline.ANNOTATORS)));
        }
        return new LanguageSpeedReport(benchmarkDirectory.toString(), articles.size(), Arrays.stream(tokens).sum(),
                threads, Runtime.getRuntime().availableProcessors(), HeapMeter.maxHeap(), loadBefore, loadAverage(),
                results, baseline);
    }

    /**
     * The configurations worth comparing: the standard pipeline ({@link LanguagePipelines#standard()},
     * with the entity stage added if it has none), the same stages over CoreNLP parses with more
     * or fewer annotators, and the parse with the entity stage alone.
     */
    public static List<PipelineConfiguration> defaultConfigurations() {
        CoreNlpOptions standard = CoreNlpOptions.standard().withDependencies(false);
        return List.of(
                new PipelineConfiguration("standard", "LanguagePipelines.standard(): pos,lemma,ner(1 CRF, numeric) "
                        + "+ all stages", () -> withEntities(LanguagePipelines.standard())),
                stages("standard+depparse", "pos,lemma,ner(1 CRF, numeric),depparse + all stages",
                        standard.withDependencies(true)),
                stages("fine-grained", "pos,lemma,ner(1 CRF, numeric, fine-grained) + all stages",
                        standard.withFineGrainedNer(true)),
                stages("fine-grained+depparse", "pos,lemma,ner(1 CRF, numeric, fine-grained),depparse + all stages",
                        standard.withFineGrainedNer(true).withDependencies(true)),
                entitiesOnly("entities-only", "pos,lemma,ner(1 CRF, numeric) + entities", standard),
                entitiesOnly("ner-crf-only", "pos,lemma,ner(1 CRF only) + entities", new CoreNlpOptions(false, false,
                        false)));
    }

    /** CoreNLP annotator lists timed by default beside the baseline. */
    public static List<String> defaultCoreNlpAnnotatorLists() {
        return List.of("tokenize,ssplit,pos,lemma", "tokenize,ssplit,pos,lemma,ner",
                "tokenize,ssplit,pos,lemma,ner,depparse");
    }

    private static PipelineConfiguration stages(String name, String description, CoreNlpOptions options) {
        return new PipelineConfiguration(name, description,
                () -> withEntities(LanguagePipelines.standard(new CoreNlpParser(options))));
    }

    private static PipelineConfiguration entitiesOnly(String name, String description, CoreNlpOptions options) {
        return new PipelineConfiguration(name, description, () -> new LanguagePipeline(
                List.of(new CoreNlpStage(new CoreNlpParser(options)), new EntityStage())));
    }

    private static LanguagePipeline withEntities(LanguagePipeline pipeline) {
        if (pipeline.provides().contains(Layer.ENTITIES)) {
            return pipeline;
        }
        List<Stage> stages = new ArrayList<>(pipeline.stages());
        stages.add(new EntityStage());
        return new LanguagePipeline(stages);
    }

    private static Consumer<Article> coreNlp(String annotators) {
        CoreNlpFullPipeline pipeline = CoreNlpFullPipeline.withAnnotators(annotators);
        return article -> pipeline.annotate(article.text());
    }

    private static LanguageSpeedReport.Result measure(String name, String description, List<Article> articles,
            int limit, long[] tokens, int threads, Supplier<Consumer<Article>> build) {
        HeapMeter heap = new HeapMeter();
        CoreNlpFullPipeline.releaseModels();
        heap.start();
        long loadStart = System.nanoTime();
        Consumer<Article> annotate = build.get();
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        long modelHeap = heap.settledUsed();
        List<Article> timed = articles.subList(0, Math.min(limit, articles.size()));
        ParallelRunner.time(timed.subList(0, Math.min(WARM_UP_ARTICLES, Math.max(1, timed.size() / 4))), threads, annotate);
        ParallelRunner.Timing timing = ParallelRunner.time(timed, threads, annotate);
        heap.stop();
        long timedTokens = Arrays.stream(tokens, 0, timed.size()).sum();
        System.err.printf("%s: %d articles in %.1f s, %.1f CPU s (load %.1f s)%n", name, timed.size(),
                timing.wallSeconds(), timing.cpuSeconds(), loadSeconds);
        LanguageSpeedReport.Result result = new LanguageSpeedReport.Result(name, description, timed.size(), timedTokens,
                timing.wallSeconds(), timing.cpuSeconds(), threads, loadSeconds, modelHeap, heap.peakUsed(),
                heap.peakAfterCollection(), loadAverage());
        CoreNlpFullPipeline.releaseModels();
        return result;
    }

    private static long[] countTokens(List<Article> articles) {
        CoreNlpFullPipeline tokenizer = CoreNlpFullPipeline.tokenizer();
        return articles.stream().mapToLong(article -> tokenizer.countTokens(article.text())).toArray();
    }

    private static Optional<Double> loadAverage() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? Optional.empty() : Optional.of(load);
    }

    private static String shortName(String annotators) {
        Set<String> implied = Set.of("tokenize", "ssplit");
        return Arrays.stream(annotators.split(",")).filter(a -> !implied.contains(a)).collect(Collectors.joining("+"));
    }

    /**
     * {@code LanguageSpeedBenchmark FOLDER [--threads N] [--corenlp-limit N] [--json FILE] [--only NAME,…]
     * [--no-annotator-lists]}: prints the summary, and writes JSON when asked. Run with {@code -Xmx3g}.
     */
    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: LanguageSpeedBenchmark FOLDER [--threads N] [--corenlp-limit N] [--json FILE]"
                    + " [--only NAME,...] [--no-annotator-lists]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        int threads = Runtime.getRuntime().availableProcessors();
        int limit = DEFAULT_CORENLP_LIMIT;
        Optional<Path> json = Optional.empty();
        Optional<Set<String>> only = Optional.empty();
        boolean annotatorLists = true;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--corenlp-limit" -> limit = Integer.parseInt(args[++i]);
                case "--json" -> json = Optional.of(Path.of(args[++i]));
                case "--only" -> only = Optional.of(Set.of(args[++i].split(",")));
                case "--no-annotator-lists" -> annotatorLists = false;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Optional<Set<String>> wanted = only;
        List<PipelineConfiguration> configurations = defaultConfigurations().stream()
                .filter(configuration -> wanted.map(names -> names.contains(configuration.name())).orElse(true))
                .toList();
        LanguageSpeedReport report = run(folder, threads, configurations,
                annotatorLists ? defaultCoreNlpAnnotatorLists() : List.of(), limit);
        System.out.print(report.summary());
        json.ifPresent(report::writeJson);
    }
}
