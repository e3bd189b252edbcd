package org.parallax.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.parallax.crossarticle.EntityResolution;
import org.parallax.crossarticle.events.ArticleEventReports;
import org.parallax.crossarticle.events.EventCandidate;
import org.parallax.crossarticle.events.EventMentionPairs;
import org.parallax.crossarticle.events.EventMerger;
import org.parallax.crossarticle.events.SentenceEventFinder;
import org.parallax.crossarticle.stories.CachingTextEmbedder;
import org.parallax.crossarticle.stories.EmbeddingCache;
import org.parallax.crossarticle.stories.TextWindow;
import org.parallax.crossarticle.stories.WindowedText;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Event;
import scala.Tuple2;

/**
 * The events of the cross-article layer as distributed steps, calling the functions of the embedded finder
 * ({@link SentenceEventFinder}) in the order it calls them, so that the events, their ids included, are the
 * embedded ones:
 * <ol>
 *   <li>each article's dated reports, their links, and its candidate mentions for undated events
 *       ({@link SentenceEventFinder#reports}), a map over the articles;</li>
 *   <li>dated reports: each shuffled to its blocks (a participant and a month, {@link EventMerger#blockKeys}), each block
 *       paired in its task ({@link EventMerger#pairBlock}, joins known only inside the block), and the connected groups
 *       of the joined pairs and the articles' links labelled by {@link ConnectedGroups}; each group's reports gathered
 *       in a task and sent to the driver, which makes the dated events in the embedded order
 *       ({@link SentenceEventFinder#datedEvents});</li>
 *   <li>undated events: each article's candidate mentions cut by word family ({@code ArticleMentions#byFamily}) and each
 *       family clustered in a task of its own ({@link SentenceEventFinder#undatedEvents}: its mentions embedded there),
 *       the families' events numbered on the driver in the order of each family's first mention, after the dated ones.</li>
 * </ol>
 * The driver receives the reports of dated events and the undated events, never the articles.
 */
final class DistributedEvents {

    /**
     * The events in the embedded finder's order (before the layer's timeline sort), and what the steps cost.
     *
     * @param candidates     dated event reports
     * @param blocks         their blocks (a participant and a month) and the largest block's reports
     * @param rounds         label rounds of the connected groups
     * @param families       word families with candidate mentions, and the largest family's mentions
     * @param collectedBytes what the driver received ({@link ModelCodec} bytes of the dated reports and undated events)
     * @param articleBytes   what the analysed articles weigh as the same bytes (what collecting them would take)
     */
    record Outcome(List<Event> events, long candidates, long blocks, long largestBlock, int rounds, long families,
            long largestFamily, long collectedBytes, long articleBytes) {
    }

    /** A dated report on its way to a block: its id (article index and place among its reports) and the report. */
    record BlockItem(long id, byte[] candidate) implements Serializable {
    }

    /**
     * One article's share of a word family on its way to the family's task: its order (article index and the place of
     * the family's first mention in it) and its mentions of the family ({@code ArticleMentions} bytes).
     */
    record FamilyShare(long order, byte[] mentions) implements Serializable {
    }

    private final StepClock clock;

    DistributedEvents() {
        this(new StepClock(() -> 0L));
    }

    /** @param clock ended after the dated events ({@code events: dated}) and after the undated ones */
    DistributedEvents(StepClock clock) {
        this.clock = clock;
    }

    /**
     * @param indexed    the analysed articles by index in the input order
     * @param resolution the entities resolved across them
     */
    Outcome find(JavaPairRDD<Integer, Keyed> indexed, EntityResolution resolution) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(indexed.context());
        BroadcastResolution entities = BroadcastResolution.of(context, resolution);
        JavaPairRDD<Integer, byte[]> reports = reports(indexed, entities).persist(StorageLevel.MEMORY_AND_DISK_SER());
        long articleBytes = indexed.map(pair -> (long) pair._2().bytes().length).fold(0L, Long::sum);

        // Dated reports by id, each shuffled to its blocks and each block paired in its task.
        JavaPairRDD<Long, byte[]> candidates = candidates(reports).persist(StorageLevel.MEMORY_AND_DISK_SER());
        long candidateCount = candidates.count();
        JavaRDD<Tuple2<Integer, List<long[]>>> paired = blocks(candidates).map(block -> {
            List<BlockItem> items = new ArrayList<>();
            block._2().forEach(items::add);
            return new Tuple2<>(items.size(), pairBlock(items));
        }).persist(StorageLevel.MEMORY_AND_DISK_SER());
        long blockCount = paired.count();
        long largestBlock = paired.map(Tuple2::_1).fold(0, Math::max);
        JavaPairRDD<Long, String> joined = paired.flatMapToPair(block -> {
            List<Tuple2<Long, String>> keys = new ArrayList<>();
            block._2().forEach(pair -> keys.addAll(edge(pair[0], pair[1])));
            return keys.iterator();
        }).union(reports.flatMapToPair(pair -> {
            List<Tuple2<Long, String>> keys = new ArrayList<>();
            for (int[] link : ModelCodec.decode(pair._2(), ArticleEventReports.class).links()) {
                keys.addAll(edge(id(pair._1(), link[0]), id(pair._1(), link[1])));
            }
            return keys.iterator();
        }));
        ConnectedGroups.Labels labelled = ConnectedGroups.of(joined);
        // Each group's reports in id order (the corpus order), the groups by their smallest id: the merger's order.
        List<Tuple2<Long, List<byte[]>>> groups = new ArrayList<>(candidates.leftOuterJoin(labelled.labels())
                .mapToPair(pair -> new Tuple2<>(pair._2()._2().orElse(pair._1()), new Tuple2<>(pair._1(), pair._2()._1())))
                .groupByKey().mapValues(DistributedEvents::inOrder).collect());
        groups.sort(Comparator.comparingLong(Tuple2::_1));
        long collected = 0;
        List<List<EventCandidate>> merged = new ArrayList<>(groups.size());
        for (Tuple2<Long, List<byte[]>> group : groups) {
            List<EventCandidate> members = new ArrayList<>(group._2().size());
            for (byte[] bytes : group._2()) {
                collected += bytes.length;
                members.add(ModelCodec.decode(bytes, EventCandidate.class));
            }
            merged.add(members);
        }
        List<Event> events = new ArrayList<>(ExecutorLayers.eventFinder().datedEvents(merged));
        clock.lap("events: dated");

        // Undated events, one word family per task. The mentions a family's pairs may need embedded are found first (no
        // model run); each article then embeds its own, a sentence once with all its wanted windows and its lead once,
        // as the embedded finder's one call does; each family is clustered with those vectors handed in through a
        // cache. Embedding in the family tasks instead ran the model on a sentence once per family it has a mention
        // of, and on a lead once per family of its article: three times the embedded layer's model runs (measured).
        JavaPairRDD<String, Iterable<FamilyShare>> families = families(reports).persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<String, KeyVector> vectors = families.flatMapToPair(family -> requests(family._1(), family._2()).iterator())
                .groupByKey().flatMapToPair(article -> embedded(article._2()).iterator());
        JavaRDD<Tuple2<Long, Tuple2<Integer, byte[]>>> clustered = families.leftOuterJoin(vectors.groupByKey())
                .map(family -> familyEvents(family._2()._1(), family._2()._2().orElse(List.of())))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        long familyCount = clustered.count();
        long largestFamily = clustered.map(family -> family._2()._1()).fold(0, Math::max);
        List<Tuple2<Long, byte[]>> found = new ArrayList<>(clustered.filter(family -> family._2()._2().length > 0)
                .map(family -> new Tuple2<>(family._1(), family._2()._2())).collect());
        found.sort(Comparator.comparingLong(Tuple2::_1));
        for (Tuple2<Long, byte[]> family : found) {
            collected += family._2().length;
            for (Event event : ModelCodec.decode(family._2(), Event[].class)) {
                events.add(numbered(event, "v" + (events.size() + 1)));
            }
        }
        clock.lap("events: undated");
        int rounds = labelled.rounds();
        clustered.unpersist();
        families.unpersist();
        labelled.release();
        paired.unpersist();
        candidates.unpersist();
        reports.unpersist();
        entities.destroy();
        return new Outcome(List.copyOf(events), candidateCount, blockCount, largestBlock, rounds, familyCount, largestFamily,
                collected, articleBytes);
    }

    /** What each article gives the event finder ({@link ArticleEventReports} bytes), by article index. */
    static JavaPairRDD<Integer, byte[]> reports(JavaPairRDD<Integer, Keyed> indexed, BroadcastResolution entities) {
        return indexed.mapToPair(pair -> new Tuple2<>(pair._1(), ModelCodec.encode(
                finder().reports(pair._2().value(AnalyzedArticle.class), pair._1(), entities.value()))));
    }

    /** The articles' dated reports ({@link EventCandidate} bytes) by id: the article's index, then the report's place. */
    static JavaPairRDD<Long, byte[]> candidates(JavaPairRDD<Integer, byte[]> reports) {
        return reports.flatMapToPair(pair -> {
            List<EventCandidate> found = ModelCodec.decode(pair._2(), ArticleEventReports.class).candidates();
            List<Tuple2<Long, byte[]>> out = new ArrayList<>(found.size());
            for (int c = 0; c < found.size(); c++) {
                out.add(new Tuple2<>(id(pair._1(), c), ModelCodec.encode(found.get(c))));
            }
            return out.iterator();
        });
    }

    /** The blocks of dated reports: each report under each of its block keys (a participant and a month). */
    static JavaPairRDD<String, Iterable<BlockItem>> blocks(JavaPairRDD<Long, byte[]> candidates) {
        return candidates.flatMapToPair(pair -> {
            EventCandidate candidate = ModelCodec.decode(pair._2(), EventCandidate.class);
            List<Tuple2<String, BlockItem>> out = new ArrayList<>();
            for (String key : finder().merger().blockKeys(candidate)) {
                out.add(new Tuple2<>(key, new BlockItem(pair._1(), pair._2())));
            }
            return out.iterator();
        }).groupByKey();
    }

    /** The word families of the articles' candidate mentions: each article's share of each family. */
    static JavaPairRDD<String, Iterable<FamilyShare>> families(JavaPairRDD<Integer, byte[]> reports) {
        return reports.flatMapToPair(pair -> {
            EventMentionPairs.ArticleMentions undated = ModelCodec.decode(pair._2(), ArticleEventReports.class).undated();
            List<Tuple2<String, FamilyShare>> out = new ArrayList<>();
            undated.byFamily().forEach((family, share) -> out.add(new Tuple2<>(family,
                    new FamilyShare(id(pair._1(), share.getKey()), ModelCodec.encode(share.getValue())))));
            return out.iterator();
        }).groupByKey();
    }

    /**
     * A text an article embeds for a word family: a sentence with the window of one of the family's mentions in it, or
     * (with {@code begin} below 0) the article's lead.
     */
    record EmbedRequest(String family, String text, int begin, int end) implements Serializable {
    }

    /** An embedding on its way to a word family's task: its cache key ({@code CachingTextEmbedder#keyOf}) and vector. */
    record KeyVector(String key, float[] vector) implements Serializable {
    }

    /**
     * What one word family needs embedded, as requests to the articles (by index) that hold it: each mention the
     * finder would embed ({@link SentenceEventFinder#mentionsToEmbed}) with its sentence and window, and the lead of each
     * article those are in. None for a family of fewer than two mentions, which makes no event.
     */
    static List<Tuple2<Integer, EmbedRequest>> requests(String family, Iterable<FamilyShare> shares) {
        List<FamilyShare> ordered = ordered(shares);
        List<EventMentionPairs.ArticleMentions> articles = decoded(ordered);
        if (articles.stream().mapToInt(article -> article.reports().size()).sum() < 2) {
            return List.of();
        }
        List<Tuple2<Integer, EmbedRequest>> requests = new ArrayList<>();
        java.util.Set<Integer> leads = new java.util.TreeSet<>();
        for (Map.Entry<Integer, EventMentionPairs.Report> wanted : finder().mentionsToEmbed(articles)) {
            int article = (int) (ordered.get(wanted.getKey()).order() >>> 32);
            EventMentionPairs.Report report = wanted.getValue();
            requests.add(new Tuple2<>(article, new EmbedRequest(family, report.sentenceText(), report.window().begin(),
                    report.window().end())));
            if (leads.add(wanted.getKey())) {
                requests.add(new Tuple2<>(article, new EmbedRequest(family, articles.get(wanted.getKey()).lead(), -1, -1)));
            }
        }
        return requests;
    }

    /**
     * One article's requests embedded, each text once (a sentence with every window asked of it, one model run), through
     * this JVM's embedder; each family gets the vectors of its own requests.
     */
    static List<Tuple2<String, KeyVector>> embedded(Iterable<EmbedRequest> requests) {
        CachingTextEmbedder embedder = ExecutorLayers.crossArticle().cachingEmbedder().orElseThrow(() -> new IllegalStateException(
                "the cross-article layer has no caching embedder to key the job's embeddings by"));
        Map<String, java.util.LinkedHashSet<TextWindow>> windows = new java.util.LinkedHashMap<>();
        java.util.Set<String> leads = new java.util.LinkedHashSet<>();
        List<EmbedRequest> all = new ArrayList<>();
        for (EmbedRequest request : requests) {
            all.add(request);
            if (request.begin() < 0) {
                leads.add(request.text());
            } else {
                windows.computeIfAbsent(request.text(), text -> new java.util.LinkedHashSet<>())
                        .add(new TextWindow(request.begin(), request.end()));
            }
        }
        List<WindowedText> texts = new ArrayList<>(windows.size());
        windows.forEach((text, wanted) -> texts.add(new WindowedText(text, List.copyOf(wanted))));
        // The embedder keeps what it embeds under its own keys (the text's, each window's), and finds what this executor
        // embedded before: this article's cache, in front of the executor's, ends up holding every vector asked for.
        EmbeddingCache article = EmbeddingCache.inFrontOf(ExecutorEmbeddings.ofThisJvm());
        embedder.using(article, () -> {
            embedder.embedWindows(texts);
            return embedder.embedAll(List.copyOf(leads));
        });
        java.util.function.Function<String, KeyVector> held = key -> new KeyVector(key, article.find(List.of(key)).get(key));
        List<Tuple2<String, KeyVector>> out = new ArrayList<>();
        for (EmbedRequest request : all) {
            out.add(new Tuple2<>(request.family(), held.apply(embedder.keyOf(request.text()))));
            if (request.begin() >= 0) {
                String window = new TextWindow(request.begin(), request.end()).cacheText(request.text());
                out.add(new Tuple2<>(request.family(), held.apply(embedder.keyOf(window))));
            }
        }
        return out;
    }

    /**
     * The pairs of one block that the merger joins, the block paired alone: joins are known only inside it (a pair
     * joined through another block may be compared here too, which changes no group).
     */
    static List<long[]> pairBlock(List<BlockItem> items) {
        Map<Long, EventCandidate> candidates = new HashMap<>();
        Map<Long, Integer> local = new HashMap<>();
        List<Long> ids = new ArrayList<>(items.size());
        for (BlockItem item : items) {
            candidates.put(item.id(), ModelCodec.decode(item.candidate(), EventCandidate.class));
            local.putIfAbsent(item.id(), local.size());
            ids.add(item.id());
        }
        int[] parent = new int[local.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        List<long[]> pairs = new ArrayList<>();
        finder().merger().pairBlock(ids, candidates::get, new EventMerger.Joins() {
            @Override
            public boolean joined(long a, long b) {
                return root(parent, local.get(a)) == root(parent, local.get(b));
            }

            @Override
            public void join(long a, long b) {
                parent[root(parent, local.get(a))] = root(parent, local.get(b));
                pairs.add(new long[] {a, b});
            }
        });
        return pairs;
    }

    /**
     * The undated events of one word family, clustered alone: its shares in corpus order, numbered from 1 (the driver
     * numbers them again). Gives the family's order (its first mention), its mentions, and its events' bytes (empty
     * when it has none).
     */
    static Tuple2<Long, Tuple2<Integer, byte[]>> familyEvents(Iterable<FamilyShare> family) {
        return familyEvents(family, List.of());
    }

    /**
     * {@link #familyEvents(Iterable)} with {@code vectors} embedded ahead ({@link #embedded}) handed to the embedder
     * through a cache: a text they hold is not embedded again; one they lack is embedded here, as before.
     */
    static Tuple2<Long, Tuple2<Integer, byte[]>> familyEvents(Iterable<FamilyShare> family, Iterable<KeyVector> vectors) {
        List<FamilyShare> shares = ordered(family);
        List<EventMentionPairs.ArticleMentions> articles = decoded(shares);
        int mentions = articles.stream().mapToInt(article -> article.reports().size()).sum();
        // The vectors handed in, in front of this executor's (which keeps them for the story and claim steps here).
        EmbeddingCache ahead = EmbeddingCache.inFrontOf(ExecutorEmbeddings.ofThisJvm());
        Map<String, float[]> held = new HashMap<>();
        vectors.forEach(vector -> held.put(vector.key(), vector.vector()));
        ahead.keep(held);
        List<Event> events = mentions < 2 ? List.of()
                : ExecutorLayers.crossArticle().withEmbeddingCache(ahead, () -> finder().undatedEvents(articles, 1));
        byte[] bytes = events.isEmpty() ? new byte[0] : ModelCodec.encode(events.toArray(Event[]::new));
        return new Tuple2<>(shares.get(0).order(), new Tuple2<>(mentions, bytes));
    }

    private static List<FamilyShare> ordered(Iterable<FamilyShare> family) {
        List<FamilyShare> shares = new ArrayList<>();
        family.forEach(shares::add);
        shares.sort(Comparator.comparingLong(FamilyShare::order));
        return shares;
    }

    private static List<EventMentionPairs.ArticleMentions> decoded(List<FamilyShare> shares) {
        List<EventMentionPairs.ArticleMentions> articles = new ArrayList<>(shares.size());
        shares.forEach(share -> articles.add(ModelCodec.decode(share.mentions(), EventMentionPairs.ArticleMentions.class)));
        return articles;
    }

    /** A report's or a share's id: its article's index, then its place there (both below 2^31, so ids sort as pairs). */
    private static long id(int article, int place) {
        return ((long) article << 32) | place;
    }

    /** The keys that put two reports in one connected group. */
    private static List<Tuple2<Long, String>> edge(long a, long b) {
        String key = a + "-" + b;
        return List.of(new Tuple2<>(a, key), new Tuple2<>(b, key));
    }

    private static List<byte[]> inOrder(Iterable<Tuple2<Long, byte[]>> members) {
        List<Tuple2<Long, byte[]>> sorted = new ArrayList<>();
        members.forEach(sorted::add);
        sorted.sort(Comparator.comparingLong(Tuple2::_1));
        List<byte[]> bytes = new ArrayList<>(sorted.size());
        sorted.forEach(member -> bytes.add(member._2()));
        return bytes;
    }

    private static Event numbered(Event event, String id) {
        return new Event(id, event.date(), event.dates(), event.summary(), event.participants(), event.place(), event.evidence(),
                event.mentions());
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static SentenceEventFinder finder() {
        return ExecutorLayers.eventFinder();
    }
}
