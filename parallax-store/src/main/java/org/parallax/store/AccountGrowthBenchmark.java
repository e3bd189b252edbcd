package org.parallax.store;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.parallax.crossarticle.AccountNumbers;
import org.parallax.crossarticle.AccountView;
import org.parallax.crossarticle.CrossArticleAnalyzer;
import org.parallax.crossarticle.benchmark.ScalingCorpus;
import org.parallax.ingest.FormatReaders;
import org.parallax.ingest.IngestOptions;
import org.parallax.ingest.Ingestor;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Entity;
import org.parallax.model.Event;
import org.parallax.model.Story;
import org.parallax.pipeline.ArticleDestination;
import org.parallax.pipeline.ForwardingDestination;
import org.parallax.pipeline.IncrementalCorpusAnalyzer;
import org.parallax.pipeline.Pipeline;
import org.parallax.pipeline.PipelineListener;
import org.parallax.pipeline.PipelineResult;
import org.parallax.pipeline.PipelineSettings;

/**
 * What an incremental ingest costs as the store grows, with the real cross-article account: a store is grown
 * through the pipeline's own path for articles analysed elsewhere ({@link Pipeline#keepAnalyzed}: admit, keep,
 * join to the stored account part by part), and at each size of {@code sizes} a probe of follow-up articles
 * (articles of stories already stored, held out while the store grew) is ingested alone, with its wall and CPU
 * time, the heap it needed and how many entity, story and event records it read of the account.
 *
 * <p>The articles are the scaling benchmarks' synthetic corpus ({@link ScalingCorpus}: stories of five articles with a
 * vocabulary and cast of their own, the countries shared by all), analysed by crude spotters rather than the language
 * layer, and the cross-article layer runs with the feature-hashing embedder: the benchmark measures what the store and
 * the cross-article layer cost as the store grows, not the language layer or the ONNX model (linear by construction).
 *
 * <p>Heap: before each probe the benchmark asks for a full collection and reads the live heap; during the probe it
 * reads the peak of the old generation's pool (what survived young collections: the account part read and what the
 * step builds on it) and of the whole heap (young garbage included, which says more about the collector than about the
 * probe). A probe that needs no more as the store grows reads the same number of records at every size.
 */
public final class AccountGrowthBenchmark {

    /** The benchmark's sizes and how it grows the store between them. */
    public record Settings(List<Integer> sizes, int probe, int round) {

        public Settings {
            sizes = List.copyOf(sizes);
            if (sizes.isEmpty()) {
                throw new IllegalArgumentException("at least one size");
            }
            for (int i = 0; i < sizes.size(); i++) {
                if (sizes.get(i) <= 0 || (i > 0 && sizes.get(i) <= sizes.get(i - 1))) {
                    throw new IllegalArgumentException("sizes must be positive and increasing: " + sizes);
                }
            }
            if (probe <= 0 || round <= 0) {
                throw new IllegalArgumentException("probe and round must be positive: " + probe + ", " + round);
            }
            if (sizes.get(0) < probe) {
                throw new IllegalArgumentException("the first size (" + sizes.get(0) + ") must hold at least the probe (" + probe + ")");
            }
        }
    }

    /** One probe's figures. */
    public record Row(long storedBefore, int probed, double fillSeconds, double wallSeconds, double cpuSeconds, long liveHeapBefore,
            long oldGenerationPeak, long heapPeak, long entitiesRead, long storiesRead, long eventsRead, double questionMillis,
            long stories, long entities, int problems) {

        /** The row as a Markdown table line. */
        public String markdown() {
            return String.format(Locale.ROOT, "| %,d | %d | %.0f | %.1f | %.1f | %.0f | %d | %d | %d | %,d | %,d | %,d | %.1f | %,d | %,d | %d |",
                    storedBefore, probed, fillSeconds, wallSeconds, cpuSeconds, 1000 * cpuSeconds / probed,
                    liveHeapBefore >> 20, oldGenerationPeak >> 20, heapPeak >> 20, entitiesRead, storiesRead, eventsRead,
                    questionMillis, stories, entities, problems);
        }
    }

    /** The Markdown table's header lines. */
    public static final List<String> HEADER = List.of(
            "| stored before | probe articles | fill s (to this size) | probe wall s | probe CPU s | CPU ms per probe article"
                    + " | live heap before (MiB) | old generation peak (MiB) | heap peak (MiB) | entities read | stories read"
                    + " | events read | account questions ms | stories after | entities after | problems |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");

    private final Settings settings;
    private final List<String> bases;

    public AccountGrowthBenchmark(Settings settings, List<String> bases) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.bases = List.copyOf(bases);
        if (this.bases.isEmpty()) {
            throw new IllegalArgumentException("no base texts");
        }
    }

    /**
     * Grows {@code store} (empty) to each size in turn and probes it there, handing each row to {@code rows} as soon as
     * it is measured.
     */
    public List<Row> run(Store store, Consumer<Row> rows) {
        if (store.counts().articles() > 0) {
            throw new StoreException(StoreException.Kind.BAD_REQUEST, "the growth benchmark needs an empty store; "
                    + store.location() + " holds articles");
        }
        CrossArticleAnalyzer analyzer = ScalingCorpus.hashingAnalyzer();
        Pipeline pipeline = new Pipeline(new Ingestor(FormatReaders.standard(), IngestOptions.defaults()),
                PipelineSettings.defaults().withThreads(1), () -> {
                    throw new IllegalStateException("the growth benchmark's articles come analysed");
                }, () -> IncrementalCorpusAnalyzer.of(analyzer));
        Iterator<AnalyzedArticle> corpus = ScalingCorpus.articles(bases, 42);
        List<Row> measured = new ArrayList<>();
        long stored = 0;
        for (int size : settings.sizes()) {
            long fillStart = System.nanoTime();
            long segment = size - stored;
            long every = Math.max(1, segment / settings.probe());
            List<AnalyzedArticle> probe = new ArrayList<>(settings.probe());
            List<AnalyzedArticle> round = new ArrayList<>(settings.round());
            for (long i = 0; i < segment; i++) {
                AnalyzedArticle article = corpus.next();
                if (i % every == every - 1 && probe.size() < settings.probe()) {
                    probe.add(article);
                } else {
                    round.add(article);
                }
                if (round.size() == settings.round()) {
                    keep(pipeline, round, store, null);
                    stored += round.size();
                    round.clear();
                }
            }
            if (!round.isEmpty()) {
                keep(pipeline, round, store, null);
                stored += round.size();
            }
            double fillSeconds = (System.nanoTime() - fillStart) / 1e9;
            Row row = probe(pipeline, probe, store, stored, fillSeconds);
            stored += probe.size();
            measured.add(row);
            rows.accept(row);
        }
        return measured;
    }

    private Row probe(Pipeline pipeline, List<AnalyzedArticle> probe, Store store, long storedBefore, double fillSeconds) {
        System.gc();
        long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long cpu = processCpuNanos();
        long wall = System.nanoTime();
        CountingDestination counting = new CountingDestination(store.destination("growth benchmark"));
        PipelineResult result = keep(pipeline, probe, store, counting);
        double wallSeconds = (System.nanoTime() - wall) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
        long oldPeak = 0;
        long heapPeak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                heapPeak += pool.getPeakUsage().getUsed();
                if (pool.getName().contains("Old") || pool.getName().contains("Tenured")) {
                    oldPeak += pool.getPeakUsage().getUsed();
                }
            }
        }
        StoreCounts counts = store.counts();
        return new Row(storedBefore, probe.size(), fillSeconds, wallSeconds, cpuSeconds, live, oldPeak, heapPeak,
                counting.entitiesRead, counting.storiesRead, counting.eventsRead, counting.questionNanos / 1e6, counts.stories(),
                counts.entities(),
                result.problems().size());
    }

    /** One ingest of analysed articles through the pipeline, into {@code destination} or else the store's own. */
    private static PipelineResult keep(Pipeline pipeline, List<AnalyzedArticle> articles, Store store, ArticleDestination destination) {
        ArticleDestination into = destination != null ? destination : store.destination("growth benchmark");
        PipelineResult result = pipeline.keepAnalyzed(List.copyOf(articles), into, PipelineListener.NONE);
        if (!result.problems().isEmpty()) {
            throw new StoreException(StoreException.Kind.INTERNAL, "the growth benchmark's ingest met problems: " + result.problems());
        }
        return result;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * A destination that hands everything to the store's, counting the account records its view returns: what an
     * ingest read of the account, whatever the collector does with the heap; and timing what the ingest asks of the
     * account before joining it (whether a view is served, how many articles it covers, its highest numbers).
     */
    private static final class CountingDestination extends ForwardingDestination {
        private long entitiesRead;
        private long storiesRead;
        private long eventsRead;
        private long questionNanos;

        CountingDestination(ArticleDestination delegate) {
            super(delegate);
        }

        @Override
        public Optional<AccountView> accountView() {
            long start = System.nanoTime();
            Optional<AccountView> view = delegate().accountView();
            questionNanos += System.nanoTime() - start;
            return view.map(CountingView::new);
        }

        /** The store's view, counting the records it returns. */
        private final class CountingView implements AccountView {
            private final AccountView view;

            CountingView(AccountView view) {
                this.view = view;
            }

            @Override
            public long articles() {
                long start = System.nanoTime();
                long articles = view.articles();
                questionNanos += System.nanoTime() - start;
                return articles;
            }

            @Override
            public AccountNumbers numbers() {
                long start = System.nanoTime();
                AccountNumbers numbers = view.numbers();
                questionNanos += System.nanoTime() - start;
                return numbers;
            }

            @Override
            public List<Entity> entities(List<AnalyzedArticle> added, Collection<String> members) {
                List<Entity> found = view.entities(added, members);
                entitiesRead += found.size();
                return found;
            }

            @Override
            public Map<String, Integer> storyCounts(Collection<String> entities) {
                return view.storyCounts(entities);
            }

            @Override
            public Set<String> storiesWithEntities(Collection<String> entities) {
                return view.storiesWithEntities(entities);
            }

            @Override
            public Set<String> storiesWithArticles(Collection<String> articles) {
                return view.storiesWithArticles(articles);
            }

            @Override
            public List<Story> stories(Collection<String> ids) {
                List<Story> found = view.stories(ids);
                storiesRead += found.size();
                return found;
            }

            @Override
            public List<Event> events(Collection<String> articles) {
                List<Event> found = view.events(articles);
                eventsRead += found.size();
                return found;
            }
        }
    }
}
