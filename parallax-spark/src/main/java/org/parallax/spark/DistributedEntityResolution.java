package org.parallax.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.parallax.crossarticle.EntityResolution;
import org.parallax.crossarticle.entities.NameEntityResolver;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Annotations;
import org.parallax.model.ArticleEntity;
import org.parallax.model.Entity;
import org.parallax.model.Mention;
import scala.Tuple2;

/**
 * Entity resolution as distributed steps, with the embedded layer's own decisions:
 * <ol>
 *   <li><b>Blocking</b> (map): each per-article entity is a node keyed by
 *       {@link NameEntityResolver#linkageKeys(ArticleEntity, java.util.function.Predicate)} (its name keys,
 *       variant-name blocking keys, seats of government, and the skeletons of its name tokens that some one-token
 *       name has: a first pass collects those and broadcasts them), never compared with all others.</li>
 *   <li><b>Connected groups</b> ({@link ConnectedGroups}, a few shuffles per round): nodes and keys form a graph;
 *       each node takes the smallest node id it reaches through shared keys, by label propagation and pointer
 *       jumping, until no label changes.</li>
 *   <li><b>Per-group resolution</b> (a shuffle of the articles' entities and mentions by group): each group is
 *       resolved by {@link NameEntityResolver} itself, over its articles in input order, each article holding
 *       only the group's entities (with its whole text and mentions, which metonym detection reads).</li>
 *   <li><b>Numbering</b> (driver): the resolved entities are numbered {@code e<n>} in order of their first
 *       per-article entity in the input, as the embedded resolver numbers them, and metonyms point to the
 *       renumbered state.</li>
 * </ol>
 * Since no rule of the resolver crosses from one group to another (see {@link NameEntityResolver#linkageKeys}),
 * the entities are those of the embedded resolver over the whole corpus.
 */
public final class DistributedEntityResolution {

    /** The resolution, and what it cost: label rounds, groups of entities resolved apart, the per-article entities (nodes) of the largest group, and all nodes. */
    public record Outcome(EntityResolution resolution, int rounds, long groups, long largestGroup, long nodes) {
    }

    /** One article's share of a group: its place in the input, its entities' indexes in it, and the article restricted to them. */
    record GroupArticle(int file, int position, int[] entities, byte[] article) implements Serializable {
    }

    /** A resolved entity of one group: the node id of its first member, that of its state when a metonym (-1 otherwise), and itself. */
    record GroupEntity(long first, long stateFirst, byte[] entity) implements Serializable {
    }

    Outcome resolve(JavaRDD<Keyed> articles) {
        // A first pass: the skeletons of one-token person names, the only name tokens people meet by.
        Set<String> skeletons = new HashSet<>(articles.flatMap(keyed -> {
            List<String> found = new ArrayList<>();
            for (ArticleEntity entity : keyed.value(AnalyzedArticle.class).annotations().entities()) {
                NameEntityResolver.oneTokenSkeleton(entity).ifPresent(found::add);
            }
            return found.iterator();
        }).distinct().collect());
        Broadcast<Set<String>> oneTokenSkeletons = JavaSparkContext.fromSparkContext(articles.context()).broadcast(skeletons);
        JavaPairRDD<Long, String> nodeKeys = articles.flatMapToPair(keyed -> {
            AnalyzedArticle article = keyed.value(AnalyzedArticle.class);
            Set<String> bare = oneTokenSkeletons.value();
            List<Tuple2<Long, String>> pairs = new ArrayList<>();
            List<ArticleEntity> entities = article.annotations().entities();
            for (int j = 0; j < entities.size(); j++) {
                long node = node(keyed.file(), keyed.position(), j);
                pairs.add(new Tuple2<>(node, "node|" + node));
                for (String key : NameEntityResolver.linkageKeys(entities.get(j), bare::contains)) {
                    pairs.add(new Tuple2<>(node, key));
                }
            }
            return pairs.iterator();
        }).persist(StorageLevel.MEMORY_AND_DISK_SER());
        ConnectedGroups.Labels labelled = ConnectedGroups.of(nodeKeys);
        JavaPairRDD<Long, Long> labels = labelled.labels();
        long nodes = labels.count();
        int rounds = labelled.rounds();
        JavaPairRDD<Long, Iterable<Tuple2<Integer, Long>>> byArticle = labels
                .mapToPair(pair -> new Tuple2<>(articleOf(pair._1()), new Tuple2<>(entityOf(pair._1()), pair._2())))
                .groupByKey();
        JavaPairRDD<Long, GroupArticle> shares = articles.mapToPair(keyed -> new Tuple2<>(article(keyed.file(), keyed.position()), keyed))
                .join(byArticle)
                .flatMapToPair(pair -> shares(pair._2()._1(), pair._2()._2()).iterator());
        JavaPairRDD<Long, Iterable<GroupArticle>> groups = shares.groupByKey().persist(StorageLevel.MEMORY_AND_DISK_SER());
        long groupCount = groups.count();
        long largest = groups.map(group -> {
            long size = 0;
            for (GroupArticle share : group._2()) {
                size += share.entities().length;
            }
            return size;
        }).fold(0L, Math::max);
        List<GroupEntity> resolved = groups.flatMap(group -> resolveGroup(group._2()).iterator()).collect();
        groups.unpersist();
        labelled.release();
        nodeKeys.unpersist();
        oneTokenSkeletons.destroy();
        return new Outcome(number(resolved), rounds, groupCount, largest, nodes);
    }

    /** An article's shares: for each group its entities fall in, the article restricted to them. */
    private static List<Tuple2<Long, GroupArticle>> shares(Keyed keyed, Iterable<Tuple2<Integer, Long>> labels) {
        Map<Long, List<Integer>> byGroup = new HashMap<>();
        for (Tuple2<Integer, Long> label : labels) {
            byGroup.computeIfAbsent(label._2(), group -> new ArrayList<>()).add(label._1());
        }
        AnalyzedArticle article = keyed.value(AnalyzedArticle.class);
        List<Tuple2<Long, GroupArticle>> shares = new ArrayList<>();
        for (Map.Entry<Long, List<Integer>> group : byGroup.entrySet()) {
            List<Integer> indexes = new ArrayList<>(group.getValue());
            indexes.sort(Comparator.naturalOrder());
            List<ArticleEntity> entities = new ArrayList<>();
            indexes.forEach(index -> entities.add(article.annotations().entities().get(index)));
            shares.add(new Tuple2<>(group.getKey(), new GroupArticle(keyed.file(), keyed.position(),
                    indexes.stream().mapToInt(Integer::intValue).toArray(), ModelCodec.encode(restricted(article, entities)))));
        }
        return shares;
    }

    /** The article with only {@code entities}; its mentions all kept (metonym detection reads them), those of other entities unlinked. */
    private static AnalyzedArticle restricted(AnalyzedArticle article, List<ArticleEntity> entities) {
        java.util.Set<String> kept = new java.util.HashSet<>();
        entities.forEach(entity -> kept.add(entity.id()));
        List<Mention> mentions = new ArrayList<>();
        for (Mention mention : article.annotations().mentions()) {
            boolean linked = mention.entity().map(kept::contains).orElse(false);
            mentions.add(linked ? mention : new Mention(mention.span(), mention.type(), Optional.empty()));
        }
        return new AnalyzedArticle(article.article(), new Annotations(mentions, List.of(), List.of(), entities, List.of()));
    }

    /** One group resolved by the embedded resolver, over its articles in input order. */
    private static List<GroupEntity> resolveGroup(Iterable<GroupArticle> shares) {
        List<GroupArticle> ordered = new ArrayList<>();
        shares.forEach(ordered::add);
        ordered.sort(Comparator.comparingInt(GroupArticle::file).thenComparingInt(GroupArticle::position));
        List<AnalyzedArticle> articles = new ArrayList<>(ordered.size());
        Map<String, Long> nodeOf = new HashMap<>();
        for (GroupArticle share : ordered) {
            AnalyzedArticle article = ModelCodec.decode(share.article(), AnalyzedArticle.class);
            articles.add(article);
            List<ArticleEntity> entities = article.annotations().entities();
            for (int i = 0; i < entities.size(); i++) {
                nodeOf.put(entities.get(i).id(), node(share.file(), share.position(), share.entities()[i]));
            }
        }
        EntityResolution resolution = new NameEntityResolver().resolve(articles);
        Map<String, Long> firstOf = new HashMap<>();
        for (Entity entity : resolution.entities()) {
            firstOf.put(entity.id(), entity.members().stream().map(nodeOf::get).min(Long::compare).orElseThrow());
        }
        List<GroupEntity> resolved = new ArrayList<>();
        for (Entity entity : resolution.entities()) {
            resolved.add(new GroupEntity(firstOf.get(entity.id()), entity.metonymFor().map(firstOf::get).orElse(-1L),
                    ModelCodec.encode(entity)));
        }
        return resolved;
    }

    /** The entities numbered {@code e<n>} in order of their first per-article entity, metonyms pointing to the renumbered state. */
    private static EntityResolution number(List<GroupEntity> resolved) {
        List<GroupEntity> ordered = new ArrayList<>(resolved);
        ordered.sort(Comparator.comparingLong(GroupEntity::first));
        Map<Long, String> idOf = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            idOf.put(ordered.get(i).first(), "e" + (i + 1));
        }
        List<Entity> entities = new ArrayList<>(ordered.size());
        Map<String, String> canonical = new HashMap<>();
        for (GroupEntity part : ordered) {
            Entity entity = ModelCodec.decode(part.entity(), Entity.class);
            String id = idOf.get(part.first());
            Optional<String> metonymFor = part.stateFirst() < 0 ? Optional.empty() : Optional.of(idOf.get(part.stateFirst()));
            entities.add(new Entity(id, entity.name(), entity.type(), entity.aliases(), entity.roles(), entity.members(), metonymFor));
            entity.members().forEach(member -> canonical.put(member, id));
        }
        return new EntityResolution(entities, canonical);
    }

    /** A node id: the article's place in the input (file, position) and the entity's index in it, in input order. */
    static long node(int file, int position, int entity) {
        if (file >= 1 << 23 || position >= 1 << 24 || entity >= 1 << 16) {
            throw new IllegalArgumentException("too many inputs, records or entities for a node id: " + file + "/" + position + "/" + entity);
        }
        return ((long) file << 40) | ((long) position << 16) | entity;
    }

    private static long article(int file, int position) {
        return ((long) file << 40) | ((long) position << 16);
    }

    private static long articleOf(long node) {
        return node & ~0xFFFFL;
    }

    private static int entityOf(long node) {
        return (int) (node & 0xFFFFL);
    }
}
