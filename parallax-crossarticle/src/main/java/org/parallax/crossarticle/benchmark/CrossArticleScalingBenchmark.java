package org.parallax.crossarticle.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.parallax.crossarticle.CrossArticleAnalyzer;
import org.parallax.crossarticle.CrossArticleListener;
import org.parallax.crossarticle.CrossArticleListener.Step;
import org.parallax.crossarticle.claims.ClaimMatching;
import org.parallax.crossarticle.claims.StatementClaimAligner;
import org.parallax.crossarticle.entities.NameEntityResolver;
import org.parallax.crossarticle.events.SentenceEventFinder;
import org.parallax.crossarticle.stories.CachingTextEmbedder;
import org.parallax.crossarticle.stories.EmbeddingCache;
import org.parallax.crossarticle.stories.EmbeddingStoryFinder;
import org.parallax.crossarticle.stories.OnnxTextEmbedder;
import org.parallax.crossarticle.stories.StorySettings;
import org.parallax.crossarticle.stories.TextEmbedder;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.CrossArticle;

/**
 * Measures how the cross-article layer's cost grows with the corpus: entity resolution, story
 * finding, the timeline's events and each story's claims, over {@link SyntheticCorpus synthetic corpora} of growing size, with wall time, peak
 * heap and the growth exponent (the slope of log time against log size: 1 is linear, 2 quadratic).
 *
 * <p>Story finding and claim alignment run with {@link HashingTextEmbedder} in place of the ONNX
 * model, so that the figures measure grouping and alignment; the ONNX model's cost per article is measured on the base texts and
 * printed apart (it is one embedding per article, linear by construction).
 *
 * <p>Usage: {@code CrossArticleScalingBenchmark [--sizes 1000,10000,100000] [--texts DIR]
 * [--onnx-sample N] [--incremental N]}; {@code DIR} holds plain-text base articles ({@code *.txt}, default
 * {@code /work/shared/seeds}).
 */
public final class CrossArticleScalingBenchmark {

    /**
     * What a run's output weighs: the bytes of {@code analysis.json} for a corpus and its
     * cross-article result. The writer lives in a module this one does not depend on, so callers
     * that have it (the CLI) pass it in.
     */
    @FunctionalInterface
    public interface OutputMeter {

        /** No output measured: the column stays empty. */
        OutputMeter NONE = (corpus, result) -> -1;

        long bytes(List<AnalyzedArticle> corpus, CrossArticle result) throws IOException;
    }

    /** One size's figures; {@code outputBytes} is -1 when not measured. */
    record Row(int articles, int perArticleEntities, int entities, int stories, int events, int claims, double resolveSeconds,
            double storySeconds, double eventSeconds, double claimSeconds, double cpuSeconds, long corpusHeapBytes,
            long peakHeapBytes, long outputBytes) {

        double totalSeconds() {
            return resolveSeconds + storySeconds + eventSeconds + claimSeconds;
        }
    }

    private CrossArticleScalingBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        run(args, OutputMeter.NONE);
    }

    /** Runs the benchmark as {@link #main} does, measuring each size's output with {@code meter}. */
    public static void run(String[] args, OutputMeter meter) throws IOException {
        List<Integer> sizes = List.of(1_000, 10_000, 100_000);
        Path texts = Path.of("/work/shared/seeds");
        int onnxSample = 20;
        int incremental = 0;
        Path output = Path.of("parallax-out/bench-scaling.md");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" -> sizes = Stream.of(args[++i].split(",")).map(String::trim).map(Integer::valueOf).toList();
                case "--texts" -> texts = Path.of(args[++i]);
                case "--onnx-sample" -> onnxSample = Integer.parseInt(args[++i]);
                case "--output" -> output = Path.of(args[++i]);
                case "--incremental" -> incremental = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; use --sizes N,N,... --texts DIR --onnx-sample N --incremental N --output FILE");
            }
        }
        List<String> bases = ScalingCorpus.readBases(texts);
        System.out.printf(Locale.ROOT, "base texts: %d from %s; cores: %d; max heap: %d MiB%n", bases.size(), texts,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        double onnxMillis = Double.NaN;
        if (onnxSample > 0) {
            onnxMillis = onnxMillisPerArticle(bases, onnxSample);
            System.out.printf(Locale.ROOT, "ONNX all-MiniLM-L6-v2-q: %.1f ms per article lead (sample of %d)%n",
                    onnxMillis, onnxSample);
        }
        run(List.of(1_000), bases, OutputMeter.NONE);
        List<Row> rows = run(sizes, bases, meter);
        System.out.println();
        String table = table(rows);
        if (incremental > 0) {
            StringBuilder joins = new StringBuilder("\n| articles | joined | extend CPU s (main thread) | CPU ms per joined article"
                    + " | texts asked | texts embedded (not kept) | ONNX s for them (estimate) | ms per joined article with ONNX (estimate)"
                    + " | stories after | at once CPU s |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (int size : sizes) {
                joins.append(incremental(bases, size, incremental, onnxMillis)).append('\n');
            }
            table = table + joins;
        }
        System.out.println(table);
        if (output.toAbsolutePath().getParent() != null) {
            Files.createDirectories(output.toAbsolutePath().getParent());
        }
        Files.writeString(output, table, StandardCharsets.UTF_8);
        System.out.println("figures written to " + output);
    }

    static List<Row> run(List<Integer> sizes, List<String> bases, OutputMeter meter) throws IOException {
        List<Row> rows = new ArrayList<>();
        TextEmbedder embedder = new HashingTextEmbedder();
        CrossArticleAnalyzer analyzer = new CrossArticleAnalyzer(new NameEntityResolver(),
                new EmbeddingStoryFinder(embedder, StorySettings.defaults()), new SentenceEventFinder(),
                new StatementClaimAligner(ClaimMatching.standard(), embedder));
        for (int size : sizes) {
            List<AnalyzedArticle> corpus = SyntheticCorpus.build(bases, size, 42);
            int perArticle = corpus.stream().mapToInt(a -> a.annotations().entities().size()).sum();
            System.gc();
            long corpusHeap = usedHeap();
            resetPeaks();
            StepClock clock = new StepClock();
            long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            CrossArticle result = analyzer.analyze(corpus, clock);
            long end = System.nanoTime();
            double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
            int claims = result.stories().stream().mapToInt(story -> story.claims().size()).sum();
            rows.add(new Row(size, perArticle, result.entities().size(), result.stories().size(), result.events().size(), claims,
                    clock.seconds(Step.ENTITIES, end), clock.seconds(Step.STORIES, end), clock.seconds(Step.EVENTS, end),
                    clock.seconds(Step.CLAIMS, end), cpu, corpusHeap, peakHeap(), meter.bytes(corpus, result)));
            System.out.printf(Locale.ROOT, "%d articles done%n", size);
        }
        return rows;
    }

    /**
     * Joins {@code joined} articles to an account of {@code size}: a synthetic corpus of both is
     * made, every {@code (size + joined) / joined}-th article held out (so the joined articles are
     * follow-up coverage of existing stories, not stories of their own), the rest analysed at once,
     * then the held-out ones joined with {@link CrossArticleAnalyzer#extend}. Both run with an
     * embedding cache in memory standing in for the store's ({@code text_embeddings}, which a store
     * fills as it analyses), so the extend embeds only texts the account's analysis did not: the
     * row gives the texts the extend asked for, those it had to embed, and at the ONNX model's
     * measured cost per text ({@code onnxMillis}, a long lead, so an upper bound for sentences) what
     * embedding them would cost on top of the extend's CPU time.
     */
    static String incremental(List<String> bases, int size, int joined, double onnxMillis) {
        CrossArticleAnalyzer analyzer = ScalingCorpus.hashingAnalyzer();
        CachingTextEmbedder embedder = analyzer.cachingEmbedder().orElseThrow();
        EmbeddingCache kept = EmbeddingCache.inMemory();
        List<AnalyzedArticle> corpus = SyntheticCorpus.build(bases, size + joined, 42);
        int every = (size + joined) / joined;
        List<AnalyzedArticle> base = new ArrayList<>();
        List<AnalyzedArticle> later = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            (i % every == every - 1 && later.size() < joined ? later : base).add(corpus.get(i));
        }
        long start = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        CrossArticle account = analyzer.withEmbeddingCache(kept, () -> analyzer.analyze(base));
        double atOnce = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - start) / 1e9;
        Map<String, AnalyzedArticle> byId = new HashMap<>();
        base.forEach(article -> byId.put(article.article().id(), article));
        long asked = embedder.textsAsked();
        long embedded = embedder.textsEmbedded();
        start = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        CrossArticle extended = analyzer.withEmbeddingCache(kept, () -> analyzer.extend(account, later,
                ids -> ids.stream().map(byId::get).filter(Objects::nonNull).toList(), CrossArticleListener.NONE));
        double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - start) / 1e9;
        asked = embedder.textsAsked() - asked;
        embedded = embedder.textsEmbedded() - embedded;
        double onnxSeconds = embedded * onnxMillis / 1000;
        System.out.printf(Locale.ROOT, "%d joined to %d articles: %.2f s CPU, %d texts asked, %d embedded%n", later.size(),
                base.size(), cpu, asked, embedded);
        return String.format(Locale.ROOT, "| %d | %d | %.2f | %.1f | %d | %d | %.1f | %.1f | %d | %.2f |", base.size(), later.size(),
                cpu, 1000 * cpu / later.size(), asked, embedded, onnxSeconds, 1000 * (cpu + onnxSeconds) / later.size(),
                extended.stories().size(), atOnce);
    }

    /** When each step of the cross-article layer began, as the layer reports it; a step lasts until the next begins. */
    private static final class StepClock implements CrossArticleListener {

        private final Map<Step, Long> began = new EnumMap<>(Step.class);

        @Override
        public void step(Step step, int done, int total) {
            began.putIfAbsent(step, System.nanoTime());
        }

        /** How long {@code step} took, in seconds; the last step ran until {@code end}. */
        double seconds(Step step, long end) {
            Long start = began.get(step);
            if (start == null) {
                return 0;
            }
            long next = began.values().stream().filter(time -> time > start).min(Long::compare).orElse(end);
            return (next - start) / 1e9;
        }
    }

    static String table(List<Row> rows) {
        StringBuilder out = new StringBuilder();
        out.append("| articles | per-article entities | entities | stories | events | claims | resolve s | stories s | events s "
                + "| claims s | total s | CPU s (main thread) | corpus heap MiB | peak heap MiB | analysis.json MiB | slope from previous (CPU) |\n");
        out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String slope = i == 0 ? "" : String.format(Locale.ROOT, "%.2f", slope(rows.get(i - 1), row));
            String output = row.outputBytes() < 0 ? "" : String.format(Locale.ROOT, "%.1f", row.outputBytes() / 1048576.0);
            out.append(String.format(Locale.ROOT, "| %d | %d | %d | %d | %d | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %d | %d | %s | %s |%n",
                    row.articles(), row.perArticleEntities(), row.entities(), row.stories(), row.events(), row.claims(),
                    row.resolveSeconds(), row.storySeconds(), row.eventSeconds(), row.claimSeconds(), row.totalSeconds(), row.cpuSeconds(), row.corpusHeapBytes() >> 20,
                    row.peakHeapBytes() >> 20, output, slope));
        }
        if (rows.size() > 1) {
            Row first = rows.get(0);
            Row last = rows.get(rows.size() - 1);
            out.append(String.format(Locale.ROOT, "%nGrowth exponent (log-log slope, first to last size): CPU time "
                    + "%.2f; wall time %.2f; peak heap %.2f%n", slope(first, last),
                    Math.log(last.totalSeconds() / first.totalSeconds())
                            / Math.log((double) last.articles() / first.articles()),
                    Math.log((double) rows.get(rows.size() - 1).peakHeapBytes() / rows.get(0).peakHeapBytes())
                            / Math.log((double) rows.get(rows.size() - 1).articles() / rows.get(0).articles())));
            if (first.outputBytes() > 0 && last.outputBytes() > 0) {
                out.append(String.format(Locale.ROOT, "Output size growth exponent (analysis.json): %.2f%n",
                        Math.log((double) last.outputBytes() / first.outputBytes())
                                / Math.log((double) last.articles() / first.articles())));
            }
        }
        return out.toString();
    }

    private static double slope(Row from, Row to) {
        return Math.log(to.cpuSeconds() / from.cpuSeconds()) / Math.log((double) to.articles() / from.articles());
    }

    private static double onnxMillisPerArticle(List<String> bases, int sample) {
        TextEmbedder onnx = new OnnxTextEmbedder();
        onnx.embed(bases.get(0));
        List<String> leads = new ArrayList<>(sample);
        for (int i = 0; i < sample; i++) {
            String base = bases.get(i % bases.size());
            leads.add(base.substring(0, Math.min(2_000, base.length())));
        }
        long start = System.nanoTime();
        onnx.embedAll(leads);
        return (System.nanoTime() - start) / 1e6 / sample;
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
