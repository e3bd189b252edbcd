package org.parallax.crossarticle.stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.parallax.crossarticle.entities.DisjointSets;

/**
 * The second grouping pass: joins whole stories that {@link StoryPairModel} judges to be one event, story to story,
 * never article to article. Average-linkage grouping leaves one event's coverage in several stories when the mean
 * similarity over their article pairs stays under the join threshold although the stories, as wholes (their summed
 * vectors, beside the mean), are alike; the model weighs both.
 *
 * <p>Candidate story pairs are those that a candidate article pair links. They are scored with the stories as
 * grouping left them and taken most probable first; at its turn a pair is scored again with the stories as they are
 * then (a join updates the joined story's sums), and joined when the probability is still at least the model's
 * threshold, so a chain of stories, each close to the next, does not fuse unless the grown story stays close to the
 * next as a whole. The pass runs twice. Two dated stories whose date ranges lie more than {@link #MAX_GAP_DAYS}
 * apart are never joined: the training corpus (ECB+) has no dates, so the model does not weigh time.
 *
 * <p>Stories are named by their first article, not by the disjoint sets' roots, so the outcome depends only on the
 * grouping, not on the order in which the sets were joined (the Spark job joins them in another order).
 */
final class WholeStoryMerger {

    /** Dated stories further apart than this many days are never joined. */
    static final long MAX_GAP_DAYS = 7;

    private final StoryPairModel model;

    WholeStoryMerger(StoryPairModel model) {
        this.model = model;
    }

    /** Joins, in {@code sets}, the stories the model judges one ({@code pairs}: the candidate article pairs). */
    void merge(List<ArticleProfile> profiles, List<long[]> pairs, DisjointSets sets) {
        Map<Integer, StoryCluster> clusters = clusters(profiles, sets);
        for (int pass = 0; pass < 2; pass++) {
            List<double[]> scored = new ArrayList<>();
            for (long packed : storyPairs(pairs, sets)) {
                double probability = probability(clusters.get((int) (packed >>> 32)), clusters.get((int) packed));
                if (probability >= model.threshold()) {
                    scored.add(new double[] {probability, packed >>> 32, (int) packed});
                }
            }
            scored.sort(Comparator.comparingDouble((double[] pair) -> -pair[0]).thenComparingDouble(pair -> pair[1])
                    .thenComparingDouble(pair -> pair[2]));
            Map<Integer, Integer> firstOf = firstArticles(sets, profiles.size());
            for (double[] pair : scored) {
                int a = firstOf.get(sets.find((int) pair[1]));
                int b = firstOf.get(sets.find((int) pair[2]));
                if (a == b || probability(clusters.get(a), clusters.get(b)) < model.threshold()) {
                    continue;
                }
                int first = Math.min(a, b);
                int second = Math.max(a, b);
                StoryCluster joined = clusters.get(first);
                joined.absorb(clusters.remove(second));
                sets.union(a, b);
                firstOf.put(sets.find(first), first);
            }
        }
    }

    /** The probability that two stories are one, zero when their dates lie too far apart. */
    double probability(StoryCluster a, StoryCluster b) {
        return a.apartBy(b, MAX_GAP_DAYS) ? 0 : model.probability(StoryPairModel.features(a, b));
    }

    /** Each story's cluster, keyed by its first article; articles added in input order. */
    static Map<Integer, StoryCluster> clusters(List<ArticleProfile> profiles, DisjointSets sets) {
        Map<Integer, Integer> firstOf = firstArticles(sets, profiles.size());
        Map<Integer, StoryCluster> clusters = new HashMap<>();
        for (int i = 0; i < profiles.size(); i++) {
            int story = firstOf.get(sets.find(i));
            StoryCluster cluster = clusters.get(story);
            if (cluster == null) {
                clusters.put(story, StoryCluster.of(profiles.get(i)));
            } else {
                cluster.add(profiles.get(i));
            }
        }
        return clusters;
    }

    /** The distinct pairs of stories (by first article, packed {@code a << 32 | b}, {@code a < b}) that candidate article pairs link, ascending. */
    static TreeSet<Long> storyPairs(List<long[]> pairs, DisjointSets sets) {
        Map<Integer, Integer> firstOf = firstArticles(sets, sets.size());
        TreeSet<Long> stories = new TreeSet<>();
        for (long[] pair : pairs) {
            int a = firstOf.get(sets.find((int) pair[0]));
            int b = firstOf.get(sets.find((int) pair[1]));
            if (a != b) {
                stories.add(Math.min(a, b) * (1L << 32) + Math.max(a, b));
            }
        }
        return stories;
    }

    /** For each set's root, its smallest element. */
    private static Map<Integer, Integer> firstArticles(DisjointSets sets, int size) {
        Map<Integer, Integer> first = new HashMap<>();
        for (int i = 0; i < size; i++) {
            first.putIfAbsent(sets.find(i), i);
        }
        return first;
    }
}
