package org.parallax.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.Optional;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.parallax.crossarticle.EntityResolution;
import org.parallax.crossarticle.TimelineIndex;
import org.parallax.crossarticle.entities.DisjointSets;
import org.parallax.crossarticle.stories.ArticleProfile;
import org.parallax.crossarticle.stories.EmbeddingStoryFinder;
import org.parallax.crossarticle.stories.StoryPlan;
import org.parallax.crossarticle.stories.StoryTerms;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Story;
import scala.Tuple2;

/**
 * Story grouping as distributed steps, with the decisions of {@link EmbeddingStoryFinder}, whose functions each
 * step calls:
 * <ol>
 *   <li><b>Terms</b> (map, a partition's leads embedded in one batch): {@link EmbeddingStoryFinder#terms}.</li>
 *   <li><b>Rarity</b> (reduces): how many articles name and mention each resolved entity (collected and broadcast:
 *       one count per entity); the corpus's words numbered in order of first use over the input (the least first
 *       use of each word by a reduce, then a sort), joined back to the articles that use them with how many do.</li>
 *   <li><b>Profiles</b> (map): {@link EmbeddingStoryFinder#profile}.</li>
 *   <li><b>Candidate pairs, per block</b> (a shuffle of each article's profile to each of its blocking keys,
 *       {@link EmbeddingStoryFinder#blockingKeys}): each block is paired as {@link org.parallax.crossarticle.entities.Blocks}
 *       pairs it and its pairs are scored ({@link EmbeddingStoryFinder#similarity}) in its task.</li>
 *   <li><b>Grouping, per connected group</b>: the pairs scoring at least the join threshold are the only ones that
 *       can join two stories, and a join changes only what it joins; their connected groups ({@link ConnectedGroups})
 *       are grouped apart by {@link EmbeddingStoryFinder#link}, each over its articles in input order.</li>
 *   <li><b>Plans</b> (driver): {@link EmbeddingStoryFinder#plan} over every article's terms and profile (a few KB
 *       each), the candidate pairs and the grouping: stories covering one event joined, second stories.</li>
 *   <li><b>Stories and claims</b> ({@link DistributedStoryAssembly}), one task per story: its title, summary and
 *       shared entities, and its claims.</li>
 * </ol>
 */
final class DistributedStoryGrouping {

    /**
     * The stories, their claims numbered across stories, and what it cost: what the driver received for them
     * ({@link ModelCodec} bytes of the stories), candidate pairs, pairs at the join threshold, their groups and the
     * largest one (articles), label rounds.
     */
    record Outcome(List<Story> stories, long storyBytes, long candidatePairs, long joinPairs, long groups, long largestGroup,
            int rounds) {
    }

    /** An article in a block: its index in the input order, its date (epoch day, or the least for none) and its profile. */
    record BlockItem(int index, long day, byte[] profile) implements Serializable {
    }

    private final StepClock clock;

    DistributedStoryGrouping() {
        this(new StepClock(() -> 0L));
    }

    /** @param clock ended after the stories' plans ({@code stories: grouping}) and after their assembly and claims */
    DistributedStoryGrouping(StepClock clock) {
        this.clock = clock;
    }

    /**
     * @param indexed    the analysed articles by their index in the input order
     * @param articleCount how many articles there are
     * @param resolution the entities resolved across them
     * @param timeline   the events on their timeline, as stories read them ({@link DistributedStoryAssembly})
     */
    Outcome find(JavaPairRDD<Integer, Keyed> indexed, int articleCount, EntityResolution resolution, TimelineIndex timeline) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(indexed.context());
        Broadcast<Map<String, Integer>> resolved = context.broadcast(
                new HashMap<>(EmbeddingStoryFinder.resolvedIndexes(resolution)));
        JavaPairRDD<Integer, byte[]> terms = indexed.mapPartitionsToPair(partition -> {
            List<Integer> indexes = new ArrayList<>();
            List<AnalyzedArticle> articles = new ArrayList<>();
            partition.forEachRemaining(pair -> {
                indexes.add(pair._1());
                articles.add(pair._2().value(AnalyzedArticle.class));
            });
            List<StoryTerms> found = ExecutorLayers.crossArticle().withEmbeddingCache(ExecutorEmbeddings.ofThisJvm(),
                    () -> finder().terms(articles, resolved.value()));
            List<Tuple2<Integer, byte[]>> out = new ArrayList<>(found.size());
            for (int i = 0; i < found.size(); i++) {
                out.add(new Tuple2<>(indexes.get(i), ModelCodec.encode(found.get(i))));
            }
            return out.iterator();
        }).persist(StorageLevel.MEMORY_AND_DISK_SER());

        // How many articles mention (first) and name (second) each resolved entity.
        Map<Integer, Tuple2<Integer, Integer>> entityCounts = new HashMap<>(terms.flatMapToPair(pair -> {
            StoryTerms article = ModelCodec.decode(pair._2(), StoryTerms.class);
            List<Tuple2<Integer, Tuple2<Integer, Integer>>> counts = new ArrayList<>();
            article.entityMentions().keySet().forEach(entity -> counts.add(new Tuple2<>(entity, new Tuple2<>(1, 0))));
            for (int entity : article.entities()) {
                counts.add(new Tuple2<>(entity, new Tuple2<>(0, 1)));
            }
            return counts.iterator();
        }).reduceByKey((a, b) -> new Tuple2<>(a._1() + b._1(), a._2() + b._2())).collectAsMap());
        Broadcast<Map<Integer, Tuple2<Integer, Integer>>> entities = context.broadcast(entityCounts);

        // Words: each use as (word, (article, its place among the article's words)).
        JavaPairRDD<String, Long> uses = terms.flatMapToPair(pair -> {
            StoryTerms article = ModelCodec.decode(pair._2(), StoryTerms.class);
            List<Tuple2<String, Long>> found = new ArrayList<>(article.words().size());
            for (int w = 0; w < article.words().size(); w++) {
                found.add(new Tuple2<>(article.words().get(w), ((long) pair._1() << 32) | w));
            }
            return found.iterator();
        }).persist(StorageLevel.MEMORY_AND_DISK_SER());
        // (word, (first use, users)), numbered in order of first use: the embedded finder's dictionary.
        JavaPairRDD<String, Tuple2<Long, Integer>> shared = uses.mapValues(use -> new Tuple2<>(use, 1))
                .reduceByKey((a, b) -> new Tuple2<>(Math.min(a._1(), b._1()), a._2() + b._2()));
        JavaPairRDD<String, Tuple2<Long, Integer>> numbered = shared
                .mapToPair(word -> new Tuple2<>(word._2()._1(), new Tuple2<>(word._1(), word._2()._2())))
                .sortByKey(true, shared.getNumPartitions()).values().zipWithIndex()
                .filter(word -> word._1()._2() > 1)
                .mapToPair(word -> new Tuple2<>(word._1()._1(), new Tuple2<>(word._2(), word._1()._2())));
        // (article, [(place, number, users)]) for its words another article uses too.
        JavaPairRDD<Integer, Iterable<long[]>> wordsOf = uses.join(numbered).mapToPair(joined -> new Tuple2<>(
                (int) (joined._2()._1() >>> 32), new long[] {joined._2()._1() & 0xFFFFFFFFL, joined._2()._2()._1(),
                        joined._2()._2()._2()})).groupByKey();
        JavaPairRDD<Integer, byte[]> profiles = terms.leftOuterJoin(wordsOf).mapToPair(pair -> {
            StoryTerms article = ModelCodec.decode(pair._2()._1(), StoryTerms.class);
            int[] numbers = new int[article.words().size()];
            int[] users = new int[numbers.length];
            for (int w = 0; w < numbers.length; w++) {
                numbers[w] = -1 - w; // a word no other article uses: never weighed, its number unread
                users[w] = 1;
            }
            Optional<Iterable<long[]>> known = pair._2()._2();
            if (known.isPresent()) {
                for (long[] word : known.get()) {
                    numbers[(int) word[0]] = Math.toIntExact(word[1]);
                    users[(int) word[0]] = (int) word[2];
                }
            }
            Map<Integer, Tuple2<Integer, Integer>> counts = entities.value();
            ArticleProfile profile = finder().profile(article, articleCount, entity -> counts.get(entity)._1(), numbers, users);
            return new Tuple2<>(pair._1(), ModelCodec.encode(profile));
        }).persist(StorageLevel.MEMORY_AND_DISK_SER());

        // Candidate pairs per block, scored in the block's task: (a << 32 | b, score).
        JavaPairRDD<Integer, String> keys = terms.flatMapToPair(pair -> {
            StoryTerms article = ModelCodec.decode(pair._2(), StoryTerms.class);
            Map<Integer, Tuple2<Integer, Integer>> counts = entities.value();
            List<Tuple2<Integer, String>> found = new ArrayList<>();
            for (String key : finder().blockingKeys(article, entity -> counts.get(entity)._2())) {
                found.add(new Tuple2<>(pair._1(), key));
            }
            return found.iterator();
        });
        JavaPairRDD<Long, Double> scored = keys.join(profiles).mapToPair(pair -> {
            ArticleProfile profile = ModelCodec.decode(pair._2()._2(), ArticleProfile.class);
            long day = profile.published().map(LocalDate::toEpochDay).orElse(LocalDate.MIN.toEpochDay());
            return new Tuple2<>(pair._2()._1(), new BlockItem(pair._1(), day, pair._2()._2()));
        }).groupByKey().flatMapToPair(block -> scoreBlock(block._2()).iterator())
                .reduceByKey((a, b) -> a).persist(StorageLevel.MEMORY_AND_DISK_SER());
        List<Long> candidates = scored.keys().collect();
        double threshold = finder().joinThreshold();
        JavaPairRDD<Long, Double> joining = scored.filter(pair -> pair._2() >= threshold);
        long joinPairs = joining.count();

        // The connected groups of the joining pairs, each grouped apart: (article, a member of its set).
        JavaPairRDD<Long, String> nodeKeys = joining.flatMapToPair(pair -> List.of(
                new Tuple2<>(pair._1() >>> 32, "p" + pair._1()), new Tuple2<>(pair._1() & 0xFFFFFFFFL, "p" + pair._1())).iterator());
        ConnectedGroups.Labels labelled = ConnectedGroups.of(nodeKeys);
        JavaPairRDD<Long, Long> labels = labelled.labels();
        JavaPairRDD<Long, Tuple2<Integer, byte[]>> members = labels.mapToPair(label -> new Tuple2<>(
                (int) (long) label._1(), label._2())).join(profiles)
                .mapToPair(pair -> new Tuple2<>(pair._2()._1(), new Tuple2<>(pair._1(), pair._2()._2())));
        JavaPairRDD<Long, Long> groupPairs = joining.mapToPair(pair -> new Tuple2<>(pair._1() >>> 32, pair._1()))
                .join(labels).mapToPair(pair -> new Tuple2<>(pair._2()._2(), pair._2()._1()));
        JavaPairRDD<Long, Tuple2<Iterable<Tuple2<Integer, byte[]>>, Iterable<Long>>> groups = members.cogroup(groupPairs)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        long groupCount = groups.count();
        long largest = groups.map(group -> {
            long size = 0;
            for (Tuple2<Integer, byte[]> ignored : group._2()._1()) {
                size++;
            }
            return size;
        }).fold(0L, Math::max);
        List<Tuple2<Integer, Integer>> linked = groups.flatMap(group -> linkGroup(group._2()._1(), group._2()._2()).iterator())
                .collect();

        // The driver's plan reads each article's embedding, entities and date, not its words.
        List<StoryTerms> allTerms = new ArrayList<>(articleCount);
        terms.mapValues(bytes -> {
            StoryTerms article = ModelCodec.decode(bytes, StoryTerms.class);
            return ModelCodec.encode(new StoryTerms(article.embedding(), article.entities(), article.entityMentions(), List.of(),
                    new int[0], article.published()));
        }).sortByKey().values().collect().forEach(bytes -> allTerms.add(ModelCodec.decode(bytes, StoryTerms.class)));
        List<ArticleProfile> allProfiles = new ArrayList<>(articleCount);
        profiles.sortByKey().values().collect().forEach(bytes -> allProfiles.add(ModelCodec.decode(bytes, ArticleProfile.class)));
        DisjointSets sets = new DisjointSets(articleCount);
        linked.forEach(member -> sets.union(member._2(), member._1()));
        List<StoryPlan> plans = finder().plan(allTerms, allProfiles, EmbeddingStoryFinder.pairs(candidates), sets);
        clock.lap("stories: grouping");
        DistributedStoryAssembly.Outcome stories = new DistributedStoryAssembly().assemble(indexed, terms, plans, resolution,
                timeline);
        clock.lap("stories: assembly and claims");

        groups.unpersist();
        labelled.release();
        scored.unpersist();
        profiles.unpersist();
        uses.unpersist();
        terms.unpersist();
        resolved.destroy();
        entities.destroy();
        return new Outcome(stories.stories(), stories.collectedBytes(), candidates.size(), joinPairs, groupCount, largest,
                labelled.rounds());
    }

    private static EmbeddingStoryFinder finder() {
        return ExecutorLayers.storyFinder();
    }

    /** A block's candidate pairs as the embedded finder makes them, each scored: its items in input order, large blocks by date. */
    private static List<Tuple2<Long, Double>> scoreBlock(Iterable<BlockItem> items) {
        List<BlockItem> block = new ArrayList<>();
        items.forEach(block::add);
        block.sort(Comparator.comparingInt(BlockItem::index));
        List<Integer> positions = new ArrayList<>(block.size());
        for (int i = 0; i < block.size(); i++) {
            positions.add(i);
        }
        List<ArticleProfile> profiles = new ArrayList<>(block.size());
        block.forEach(item -> profiles.add(ModelCodec.decode(item.profile(), ArticleProfile.class)));
        EmbeddingStoryFinder finder = finder();
        List<Tuple2<Long, Double>> pairs = new ArrayList<>();
        Comparator<Integer> byDate = Comparator.comparingLong((Integer i) -> block.get(i).day()).thenComparing(i -> i);
        finder.blocks().forEachPairOf(positions, byDate, (x, y) -> {
            int a = Math.min(x, y);
            int b = Math.max(x, y);
            pairs.add(new Tuple2<>(((long) block.get(a).index() << 32) | block.get(b).index(),
                    finder.similarity(profiles.get(a), profiles.get(b))));
        });
        return pairs;
    }

    /** One connected group of joining pairs grouped by the embedded finder: (article, a member of its set) for each article. */
    private static List<Tuple2<Integer, Integer>> linkGroup(Iterable<Tuple2<Integer, byte[]>> members, Iterable<Long> packed) {
        List<Tuple2<Integer, byte[]>> ordered = new ArrayList<>();
        members.forEach(ordered::add);
        ordered.sort(Comparator.comparingInt(Tuple2::_1));
        Map<Integer, Integer> local = new HashMap<>();
        List<ArticleProfile> profiles = new ArrayList<>(ordered.size());
        for (Tuple2<Integer, byte[]> member : ordered) {
            local.put(member._1(), profiles.size());
            profiles.add(ModelCodec.decode(member._2(), ArticleProfile.class));
        }
        List<Long> localPairs = new ArrayList<>();
        for (long pair : packed) {
            localPairs.add(((long) local.get((int) (pair >>> 32)) << 32) | local.get((int) (pair & 0xFFFFFFFFL)));
        }
        DisjointSets sets = finder().link(profiles, EmbeddingStoryFinder.pairs(localPairs));
        List<Tuple2<Integer, Integer>> linked = new ArrayList<>(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            linked.add(new Tuple2<>(ordered.get(i)._1(), ordered.get(sets.find(i))._1()));
        }
        return linked;
    }
}
