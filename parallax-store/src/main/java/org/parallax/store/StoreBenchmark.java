package org.parallax.store;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntFunction;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Article;
import org.parallax.model.ArticleEntity;
import org.parallax.model.CrossArticle;
import org.parallax.model.Entity;
import org.parallax.model.EntityAlias;
import org.parallax.model.Evidence;
import org.parallax.model.Span;
import org.parallax.model.Story;
import org.parallax.pipeline.ArticleAnnotator;
import org.parallax.pipeline.ArticleDestination;

/**
 * {@code parallax bench store}: how fast a store takes articles, what they cost on disk, and how
 * fast it answers each kind of question, at {@code articles} (10,000) and {@code searchArticles}
 * (100,000) articles. Articles are synthetic variations ({@link SyntheticCorpus}) of real ones the
 * real language layer analysed, so every article carries real quotes and mentions; they go through
 * the same {@link ArticleDestination} a pipeline run uses. The cross-article account is a stand-in
 * (entities grouped by name), since the cross-article layer's own cost is measured by {@code bench
 * scaling}; what it costs the store to keep and index an account is measured here.
 */
public final class StoreBenchmark {

    /**
     * What to measure.
     *
     * @param sample         real articles analysed by the language layer (their rate is the baseline)
     * @param articles       the store's size for ingest, disk and question figures
     * @param searchArticles the size it then grows to for search figures
     * @param queries        questions asked of each kind
     * @param batchSize      articles stored per transaction
     */
    public record Settings(int sample, int articles, int searchArticles, int queries, int batchSize) {
    }

    private final Settings settings;
    private final PrintWriter log;
    private final Random random = new Random(10);

    public StoreBenchmark(Settings settings, PrintWriter log) {
        this.settings = settings;
        this.log = log;
    }

    /** The real articles analysed once, and how long the language layer took per article (wall and CPU seconds). */
    public record Baseline(List<AnalyzedArticle> analysed, List<Article> texts, double wallSeconds, double cpuSeconds) {
        public double perArticleWall() {
            return wallSeconds / analysed.size();
        }

        public double perArticleCpu() {
            return cpuSeconds / analysed.size();
        }
    }

    public Baseline baseline(List<Article> texts, ArticleAnnotator annotator) {
        List<Article> sample = texts.subList(0, Math.min(settings.sample(), texts.size()));
        annotator.annotate(sample.get(0)); // the first article pays for loading the models; it is not timed
        long wall = System.nanoTime();
        long cpu = cpuNanos();
        List<AnalyzedArticle> analysed = new ArrayList<>();
        for (Article article : sample) {
            analysed.add(annotator.annotate(article));
        }
        Baseline baseline = new Baseline(analysed, texts, (System.nanoTime() - wall) / 1e9, (cpuNanos() - cpu) / 1e9);
        log.printf(Locale.ROOT, "language layer: %d real articles, %.3f s/article wall, %.3f s/article CPU (1 thread)%n",
                analysed.size(), baseline.perArticleWall(), baseline.perArticleCpu());
        log.flush();
        return baseline;
    }

    /** One backend's store being measured: how far it has been filled. */
    public final class Phase {
        private final String backend;
        private final Store store;
        private final Baseline baseline;
        private final SyntheticCorpus corpus;
        private final ArticleDestination destination;
        private final long[] next = {0};

        private Phase(String backend, Store store, Baseline baseline) {
            this.backend = backend;
            this.store = store;
            this.baseline = baseline;
            this.corpus = new SyntheticCorpus(baseline.analysed(), baseline.texts());
            this.destination = store.destination("bench");
        }

        /** Grows the store to {@code target} articles and measures every kind of question (search, quotes, stats) at that size. */
        public List<String> grow(long target) {
            List<String> rows = new ArrayList<>();
            if (target <= next[0]) {
                return rows;
            }
            long from = next[0];
            double grow = fill(destination, corpus, next, target - from);
            rows.add(row(backend, "grow from " + from + " to " + target + " articles (store only)",
                    String.format(Locale.ROOT, "%.0f articles/s (wall); %,d bytes/article on disk while open",
                            (target - from) / grow, store.bytesOnDisk() / target)));
            rows.addAll(questions(backend, store, target));
            return rows;
        }
    }

    /**
     * Fills an empty store to {@code articles}, measures ingest, disk, keeping an account, every kind
     * of question, and 100 more articles; the phase returned can then grow it for search.
     */
    public Phase start(String backend, Store store, Baseline baseline, List<String> rows) {
        if (store.counts().articles() > 0) {
            throw new StoreException(StoreException.Kind.BAD_REQUEST, "bench store needs an empty store; " + store.location()
                    + " holds articles");
        }
        Phase phase = new Phase(backend, store, baseline);
        ArticleDestination destination = phase.destination;
        SyntheticCorpus corpus = phase.corpus;
        long[] next = phase.next;
        storeCpuSeconds = 0;
        double seconds = fill(destination, corpus, next, settings.articles());
        double cpu = storeCpuSeconds;
        long bytes = store.bytesOnDisk();
        double perArticle = seconds / settings.articles();
        double perArticleCpu = cpu / settings.articles();
        rows.add(row(backend, "ingest " + settings.articles() + " articles (store only)",
                String.format(Locale.ROOT, "%.0f articles/s; wall %.2f ms/article = %.1f%% of the language layer's %.0f ms;"
                        + " CPU %.2f ms/article = %.1f%% of its %.0f ms", settings.articles() / seconds, perArticle * 1000,
                        100 * perArticle / baseline.perArticleWall(), baseline.perArticleWall() * 1000, perArticleCpu * 1000,
                        100 * perArticleCpu / baseline.perArticleCpu(), baseline.perArticleCpu() * 1000)));
        rows.add(row(backend, "bytes on disk per article at " + settings.articles() + ", store open",
                String.format(Locale.ROOT, "%,d (records and index, %,d in all)", bytes / settings.articles(), bytes)));
        rows.add(row(backend, "where the disk goes at " + settings.articles() + ", bytes per article", diskShares(store, settings.articles())));
        long accountStart = System.nanoTime();
        destination.keep(standInAccount(store));
        rows.add(row(backend, "keep an account and reindex " + settings.articles() + " articles",
                String.format(Locale.ROOT, "%.1f s (%d entities)", (System.nanoTime() - accountStart) / 1e9, store.counts().entities())));
        rows.addAll(questions(backend, store, settings.articles()));
        double cpuBefore = storeCpuSeconds;
        CrossArticle before = store.account();
        List<AnalyzedArticle> added = new ArrayList<>();
        long wallBefore = System.nanoTime();
        fill(destination, corpus, next, 100, added);
        long keepCpu = cpuNanos();
        destination.keep(extendedStandIn(before, added));
        storeCpuSeconds += (cpuNanos() - keepCpu) / 1e9;
        double incremental = (System.nanoTime() - wallBefore) / 1e9;
        double incrementalCpu = storeCpuSeconds - cpuBefore;
        rows.add(row(backend, "ingest 100 more into " + settings.articles() + " and keep the account they extend",
                String.format(Locale.ROOT, "wall %.1f ms/article = %.1f%% of their analysis; CPU %.1f ms/article = %.1f%%"
                        + " (storing them, writing the changed account records, reindexing the articles whose entities"
                        + " changed); the cross-article layer's own extend is measured by bench scaling --incremental",
                        incremental * 10, 100 * incremental / 100 / baseline.perArticleWall(), incrementalCpu * 10,
                        100 * incrementalCpu / 100 / baseline.perArticleCpu())));
        return phase;
    }

    /**
     * Fills an empty store with {@code articles} variations and a stand-in account: entities grouped by
     * name, and one story per real article of the baseline holding its variations (across the twenty
     * outlets), each summed up by its first article's opening. A store of that size to measure the
     * server over ({@code bench serve}); returns the seconds it took.
     */
    public double fillForServing(Store store, Baseline baseline, long articles) {
        if (store.counts().articles() > 0) {
            throw new StoreException(StoreException.Kind.BAD_REQUEST, "bench serve needs an empty store; " + store.location()
                    + " holds articles");
        }
        long start = System.nanoTime();
        Phase phase = new Phase("serve", store, baseline);
        fill(phase.destination, phase.corpus, phase.next, articles);
        int real = baseline.analysed().size();
        Map<Integer, List<String>> members = new TreeMap<>();
        Map<Integer, Set<String>> outlets = new HashMap<>();
        Map<Integer, Evidence> openings = new HashMap<>();
        Map<Integer, String> titles = new HashMap<>();
        store.forEachArticle(stored -> {
            Article article = stored.analyzed().article();
            String[] parts = article.source().split("/", 3);
            int base = (int) (Long.parseLong(parts[1]) % real);
            members.computeIfAbsent(base, key -> new ArrayList<>()).add(article.id());
            outlets.computeIfAbsent(base, key -> new TreeSet<>()).add(article.outlet().orElse("unknown"));
            openings.computeIfAbsent(base, key -> new Evidence(article.id(), new Span(0, Math.min(200, article.text().length()))));
            titles.putIfAbsent(base, article.title().orElse("Story of " + parts[2]));
        });
        List<Story> stories = new ArrayList<>();
        for (Map.Entry<Integer, List<String>> story : members.entrySet()) {
            int base = story.getKey();
            stories.add(new Story("s" + (stories.size() + 1), titles.get(base), List.of(openings.get(base)), story.getValue(),
                    List.of(), List.of(), List.of(), List.copyOf(outlets.get(base))));
        }
        CrossArticle entities = standInAccount(store);
        phase.destination.keep(new CrossArticle(entities.entities(), List.of(), stories));
        return (System.nanoTime() - start) / 1e9;
    }

    /** How many batches of a fill each line of its progress covers. */
    private static final int LOGGED_BATCHES = 10;

    /** CPU seconds this thread spent storing, over all {@link #fill} calls so far. */
    private double storeCpuSeconds;

    /** Stores {@code count} more variations in batches, returning the (wall) seconds it took. */
    private double fill(ArticleDestination destination, SyntheticCorpus corpus, long[] next, long count) {
        return fill(destination, corpus, next, count, null);
    }

    /** As {@link #fill(ArticleDestination, SyntheticCorpus, long[], long)}, adding what was stored to {@code kept} unless null. */
    private double fill(ArticleDestination destination, SyntheticCorpus corpus, long[] next, long count, List<AnalyzedArticle> kept) {
        long start = System.nanoTime();
        long cpu = cpuNanos();
        long end = next[0] + count;
        long windowStart = start;
        long windowCpu = cpu;
        int batches = 0;
        while (next[0] < end) {
            List<AnalyzedArticle> batch = new ArrayList<>();
            while (next[0] < end && batch.size() < settings.batchSize()) {
                AnalyzedArticle variation = corpus.variation(next[0]++);
                destination.admit(variation.article())
                        .ifPresent(stored -> batch.add(SyntheticCorpus.renamed(variation, stored)));
            }
            destination.keep(batch, List.of());
            if (kept != null) {
                kept.addAll(batch);
            }
            // Every LOGGED_BATCHES batches: how long they took (wall and this thread's CPU), so a cost that grows with
            // the store shows as a growing figure (issue 10: a batch's cost should depend on the batch only).
            if (++batches % LOGGED_BATCHES == 0 || next[0] >= end) {
                long now = System.nanoTime();
                long cpuNow = cpuNanos();
                log.printf(Locale.ROOT, "  %,d articles stored, %.0f s; last %d batches %.1f s (%.1f s CPU)%n", next[0],
                        (now - start) / 1e9, (batches - 1) % LOGGED_BATCHES + 1, (now - windowStart) / 1e9, (cpuNow - windowCpu) / 1e9);
                log.flush();
                windowStart = now;
                windowCpu = cpuNow;
            }
        }
        storeCpuSeconds += (cpuNanos() - cpu) / 1e9;
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * The search index's bytes and each table's live bytes (largest first), per article: what the
     * file holds beyond their sum is space H2 has not reclaimed yet.
     */
    private static String diskShares(Store store, long articles) {
        if (!(store instanceof ParallaxStore parallax)) {
            return "not measured";
        }
        StringBuilder shares = new StringBuilder(String.format(Locale.ROOT, "search index %,d", parallax.indexBytes() / articles));
        long tables = 0;
        for (Map.Entry<String, Long> table : parallax.tableBytes().entrySet()) {
            tables += table.getValue();
            if (table.getValue() >= articles * 100L) {
                shares.append(String.format(Locale.ROOT, "; %s %,d", table.getKey(), table.getValue() / articles));
            }
        }
        return shares.append(String.format(Locale.ROOT, "; all tables %,d", tables / articles)).toString();
    }

    /** Entities grouped by name and type across the store's articles: a stand-in account, cheap to make. */
    private static CrossArticle standInAccount(Store store) {
        Map<String, List<String>> members = new LinkedHashMap<>();
        Map<String, ArticleEntity> first = new HashMap<>();
        Map<String, Set<String>> articles = new HashMap<>();
        store.forEachArticle(stored -> {
            for (ArticleEntity entity : stored.analyzed().annotations().entities()) {
                String key = entity.type() + "\n" + entity.name();
                members.computeIfAbsent(key, k -> new ArrayList<>()).add(entity.id());
                first.putIfAbsent(key, entity);
                articles.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(stored.id());
            }
        });
        List<Entity> entities = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : members.entrySet()) {
            ArticleEntity entity = first.get(entry.getKey());
            entities.add(new Entity("e" + (entities.size() + 1), entity.name(), entity.type(),
                    List.of(new EntityAlias(entity.name(), List.copyOf(articles.get(entry.getKey())))), List.of(),
                    entry.getValue(), Optional.empty()));
        }
        return new CrossArticle(entities, List.of(), List.of());
    }

    /**
     * The stand-in account with {@code added} joined the way it was made (entities by type and
     * name): what an incremental cross-article layer hands the store, its changes confined to the
     * entities the added articles name.
     */
    private static CrossArticle extendedStandIn(CrossArticle account, List<AnalyzedArticle> added) {
        Map<String, Integer> byKey = new HashMap<>();
        List<Entity> entities = new ArrayList<>(account.entities());
        for (int i = 0; i < entities.size(); i++) {
            byKey.put(entities.get(i).type() + "\n" + entities.get(i).name(), i);
        }
        for (AnalyzedArticle analyzed : added) {
            for (ArticleEntity entity : analyzed.annotations().entities()) {
                String key = entity.type() + "\n" + entity.name();
                Integer at = byKey.get(key);
                if (at == null) {
                    byKey.put(key, entities.size());
                    entities.add(new Entity("e" + (entities.size() + 1), entity.name(), entity.type(),
                            List.of(new EntityAlias(entity.name(), List.of(analyzed.article().id()))), List.of(),
                            List.of(entity.id()), Optional.empty()));
                } else {
                    Entity known = entities.get(at);
                    List<String> articles = new ArrayList<>(known.aliases().get(0).articles());
                    articles.add(analyzed.article().id());
                    List<String> members = new ArrayList<>(known.members());
                    members.add(entity.id());
                    entities.set(at, new Entity(known.id(), known.name(), known.type(),
                            List.of(new EntityAlias(known.name(), List.copyOf(new LinkedHashSet<>(articles)))), List.of(),
                            members, Optional.empty()));
                }
            }
        }
        return new CrossArticle(entities, account.events(), account.stories());
    }

    /**
     * Search latency at {@code size} articles in the store's search index alone: variations are
     * written to a new Lucene index ({@link SearchIndex}, as the store writes it, with outlet, entity
     * and speaker fields from the stand-in's grouping by name) without the records, which search does
     * not read, so the index grows many times faster than a store; then each kind of search is timed.
     */
    public List<String> searchIndexOnly(Baseline baseline, long size, java.nio.file.Path folder) {
        SyntheticCorpus corpus = new SyntheticCorpus(baseline.analysed(), baseline.texts());
        List<String> rows = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        long start = System.nanoTime();
        try (SearchIndex index = SearchIndex.open(folder)) {
            for (long k = 0; k < size; k++) {
                AnalyzedArticle variation = corpus.variation(k);
                Map<String, String> byMember = new HashMap<>();
                for (ArticleEntity entity : variation.annotations().entities()) {
                    byMember.put(entity.id(), ids.computeIfAbsent(entity.type() + "\n" + entity.name(), key -> "e" + (ids.size() + 1)));
                }
                Set<String> entities = new LinkedHashSet<>();
                variation.annotations().mentions().forEach(mention -> mention.entity().map(byMember::get).ifPresent(entities::add));
                Set<String> speakers = new LinkedHashSet<>();
                variation.annotations().quotes().forEach(quote -> quote.speaker().flatMap(speaker -> speaker.entity())
                        .map(byMember::get).ifPresent(speakers::add));
                Article article = variation.article();
                index.put(article, new SearchIndex.ArticleFacts(article.outlet().orElse(article.source()), entities, speakers,
                        List.of()));
                if ((k + 1) % 10_000 == 0 || k + 1 == size) {
                    index.commit(k + 1, 0);
                    log.printf(Locale.ROOT, "  %,d articles indexed, %.0f s%n", k + 1, (System.nanoTime() - start) / 1e9);
                    log.flush();
                }
            }
            rows.add(row("embedded", "grow the search index alone to " + size + " articles", String.format(Locale.ROOT,
                    "%.0f articles/s (wall)", size / ((System.nanoTime() - start) / 1e9))));
            index.refresh();
            List<String> words = List.copyOf(words(baseline.analysed().stream().map(analyzed -> analyzed.article().text()).toList()));
            rows.addAll(time("embedded", searchKinds(query -> index.search(query, id -> id), words, size), size, " (index alone)"));
        }
        return rows;
    }

    private List<String> questions(String backend, Store store, long size) {
        List<String> words = vocabulary(store);
        SearchResults everything = store.search(SearchQuery.all().withPage(0, 0));
        List<String> entities = everything.facets().getOrDefault(SearchResults.FacetDimension.ENTITY, List.of()).stream()
                .map(SearchResults.FacetCount::value).toList();
        List<String> speakers = everything.facets().getOrDefault(SearchResults.FacetDimension.SPEAKER, List.of()).stream()
                .map(SearchResults.FacetCount::value).toList();
        List<String> ids = store.search(SearchQuery.all().withPage(0, 200)).hits().stream().map(SearchHit::article).toList();
        Map<String, IntFunction<Object>> kinds = searchKinds(store::search, words, size);
        kinds.put("read an article by id", i -> store.article(pick(ids)));
        kinds.put("stats (every count)", i -> store.counts());
        if (!speakers.isEmpty() && !entities.isEmpty()) {
            kinds.put("what did X say (quotes by a speaker)", i -> store.quotes(pick(speakers), Optional.empty()));
            kinds.put("what did X say about Y", i -> store.quotes(pick(speakers), Optional.of(pick(entities))));
            kinds.put("who spoke about X", i -> store.speakersAbout(pick(entities)));
        }
        return time(backend, kinds, size, "");
    }

    /** The kinds of search, over {@code search}, with their words and entities drawn from what it holds. */
    private Map<String, IntFunction<Object>> searchKinds(java.util.function.Function<SearchQuery, SearchResults> search,
            List<String> words, long size) {
        List<String> outlets = List.of("Outlet 3", "Outlet 7", "Outlet 11");
        SearchResults everything = search.apply(SearchQuery.all().withPage(0, 0));
        List<String> entities = everything.facets().getOrDefault(SearchResults.FacetDimension.ENTITY, List.of()).stream()
                .map(SearchResults.FacetCount::value).toList();
        Map<String, IntFunction<Object>> kinds = new LinkedHashMap<>();
        kinds.put("search: one word, 10 hits with snippets, facets", i -> search.apply(SearchQuery.text(pick(words))));
        kinds.put("search: two words in one outlet", i -> search.apply(SearchQuery.text(pick(words) + " " + pick(words))
                .withOutlets(List.of(pick(outlets)))));
        kinds.put("search: a month, newest first", i -> search.apply(SearchQuery.all().withSort(SearchSort.NEWEST).withDates(
                Optional.of(LocalDate.of(2022, 1 + random.nextInt(12), 1)), Optional.of(LocalDate.of(2022, 1 + random.nextInt(12), 28)))));
        kinds.put("search: a deep page by offset (middle of all articles)", i -> search.apply(SearchQuery.all().withPage((int) (size / 2), 10)));
        search.apply(SearchQuery.all().withPage((int) (size / 2) - 1, 1)).next().ifPresent(middle ->
                kinds.put("search: a deep page by cursor (middle of all articles)", i -> search.apply(SearchQuery.all().withCursor(middle, 10))));
        if (!entities.isEmpty()) {
            kinds.put("search: articles mentioning an entity", i -> search.apply(SearchQuery.all().withEntities(List.of(pick(entities)))));
        }
        return kinds;
    }

    /** Times each kind of question: some to warm up, then {@code queries} of each; a row of median and p99 per kind. */
    private List<String> time(String backend, Map<String, IntFunction<Object>> kinds, long size, String note) {
        List<String> rows = new ArrayList<>();
        for (Map.Entry<String, IntFunction<Object>> kind : kinds.entrySet()) {
            for (int i = 0; i < Math.min(20, settings.queries()); i++) {
                kind.getValue().apply(i); // warm up
            }
            long[] nanos = new long[settings.queries()];
            for (int i = 0; i < nanos.length; i++) {
                long start = System.nanoTime();
                kind.getValue().apply(i);
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            rows.add(row(backend, kind.getKey() + " at " + size + note, String.format(Locale.ROOT, "median %.1f ms, p99 %.1f ms",
                    nanos[nanos.length / 2] / 1e6, nanos[Math.min(nanos.length - 1, (int) Math.ceil(nanos.length * 0.99) - 1)] / 1e6)));
            log.println("  " + rows.get(rows.size() - 1));
            log.flush();
        }
        return rows;
    }

    /** Words of some stored articles' texts, to search for. */
    public static List<String> vocabulary(Store store) {
        List<String> texts = new ArrayList<>();
        for (SearchHit hit : store.search(SearchQuery.all().withPage(0, 50)).hits()) {
            store.article(hit.article()).ifPresent(analyzed -> texts.add(analyzed.article().text()));
        }
        return List.copyOf(words(texts));
    }

    /** The words of 5 to 12 letters in these texts, in lower case. */
    private static Set<String> words(List<String> texts) {
        Set<String> words = new TreeSet<>();
        for (String text : texts) {
            for (String word : text.split("[^\\p{L}]+")) {
                if (word.length() >= 5 && word.length() <= 12) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
        return words;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String row(String backend, String measure, String figure) {
        return "| " + backend + " | " + measure + " | " + figure + " |";
    }

    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
