package org.parallax.crossarticle.events;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import org.parallax.crossarticle.entities.DisjointSets;
import org.parallax.crossarticle.stories.HyperplaneHash;
import org.parallax.crossarticle.stories.Vectors;

/**
 * Candidate blocks of event mentions beyond word families (issue 8): chains that mix words ("killed", "shooting",
 * "death"; "fired", "dismissed") can only join when their mentions are compared. Each mention's nearest mentions of
 * other families by trigger-in-context vector ({@link EventMentionPairs}: the trigger and its words as its sentence
 * reads them) link the two families; families are joined along the links, the most alike first, while the joined
 * block stays within {@link MentionEvents#MOST_COMPARED} mentions, so that the pair model then compares the mentions of
 * the joined block as those of one family.
 *
 * <p>The neighbours are found through a random-hyperplane hash of the vectors ({@value #BANDS} bands of {@value #BITS}
 * bits): a mention is compared with the latest {@value #MOST_PER_BUCKET} mentions of each of its buckets, so the work
 * is bounded per mention and linear in the corpus.
 */
final class EventNeighbours {

    /** Nearest mentions of other families kept per mention. */
    static final int NEIGHBOURS = 3;

    /** Least cosine of two trigger-in-context vectors for a link. */
    static final double LEAST_COSINE = 0.6;

    private static final int BANDS = 8;
    private static final int BITS = 10;
    private static final int MOST_PER_BUCKET = 40;
    private static final long SEED = 20_261_201L;

    private EventNeighbours() {
    }

    /** A link of two mentions of different families, and how alike their vectors are. */
    record Link(int a, int b, double cosine) {
    }

    /**
     * The blocks of {@code families} joined along the links of their mentions' nearest neighbours, each in corpus order,
     * in the order of their first mention. A family larger than {@link MentionEvents#MOST_COMPARED} stays as it was.
     *
     * @param families   the mentions of each word family, in corpus order
     * @param vectors    each mention's trigger-in-context vector, or null for none (never linked)
     * @param compatible whether two mentions may report one event at all (their articles' dates)
     */
    static List<List<Integer>> joined(List<List<Integer>> families, float[][] vectors, BiPredicate<Integer, Integer> compatible) {
        int[] family = new int[vectors.length];
        for (int f = 0; f < families.size(); f++) {
            for (int mention : families.get(f)) {
                family[mention] = f;
            }
        }
        DisjointSets sets = new DisjointSets(families.size());
        int[] sizes = new int[families.size()];
        for (int f = 0; f < families.size(); f++) {
            sizes[f] = families.get(f).size();
        }
        List<Link> links = links(vectors, family, compatible);
        links.sort(Comparator.comparingDouble(Link::cosine).reversed().thenComparingInt(Link::a).thenComparingInt(Link::b));
        for (Link link : links) {
            int first = sets.find(family[link.a()]);
            int second = sets.find(family[link.b()]);
            if (first != second && sizes[first] + sizes[second] <= MentionEvents.MOST_COMPARED) {
                int total = sizes[first] + sizes[second];
                sets.union(first, second);
                sizes[sets.find(first)] = total;
            }
        }
        Map<Integer, List<Integer>> blocks = new TreeMap<>();
        Map<Integer, Integer> firstMention = new HashMap<>();
        for (int f = 0; f < families.size(); f++) {
            int root = sets.find(f);
            blocks.computeIfAbsent(root, key -> new ArrayList<>()).addAll(families.get(f));
            firstMention.merge(root, families.get(f).get(0), Math::min);
        }
        List<List<Integer>> joined = new ArrayList<>();
        blocks.entrySet().stream().sorted(Comparator.comparingInt(entry -> firstMention.get(entry.getKey())))
                .forEach(entry -> joined.add(entry.getValue().stream().sorted().toList()));
        return joined;
    }

    /** Each mention's nearest mentions of other families, at most {@value #NEIGHBOURS}, as links found once or twice. */
    static List<Link> links(float[][] vectors, int[] family, BiPredicate<Integer, Integer> compatible) {
        int dimension = 0;
        for (float[] vector : vectors) {
            if (vector != null) {
                dimension = vector.length;
                break;
            }
        }
        List<Link> links = new ArrayList<>();
        if (dimension == 0) {
            return links;
        }
        HyperplaneHash hash = new HyperplaneHash(dimension, BANDS, BITS, SEED);
        List<Map<Integer, ArrayDeque<Integer>>> buckets = new ArrayList<>();
        for (int band = 0; band < BANDS; band++) {
            buckets.add(new HashMap<>());
        }
        List<List<Link>> nearest = new ArrayList<>();
        for (int mention = 0; mention < vectors.length; mention++) {
            nearest.add(new ArrayList<>());
        }
        for (int mention = 0; mention < vectors.length; mention++) {
            if (vectors[mention] == null) {
                continue;
            }
            int[] keys = hash.bandKeys(vectors[mention]);
            java.util.Set<Integer> seen = new java.util.HashSet<>();
            for (int band = 0; band < BANDS; band++) {
                ArrayDeque<Integer> bucket = buckets.get(band).computeIfAbsent(keys[band], key -> new ArrayDeque<>());
                for (int other : bucket) {
                    if (family[other] != family[mention] && seen.add(other) && compatible.test(other, mention)) {
                        double cosine = Vectors.dot(vectors[other], vectors[mention]);
                        if (cosine >= LEAST_COSINE) {
                            keep(nearest.get(mention), new Link(other, mention, cosine));
                            keep(nearest.get(other), new Link(other, mention, cosine));
                        }
                    }
                }
                bucket.addLast(mention);
                if (bucket.size() > MOST_PER_BUCKET) {
                    bucket.removeFirst();
                }
            }
        }
        java.util.Set<Long> kept = new java.util.HashSet<>();
        for (List<Link> each : nearest) {
            for (Link link : each) {
                if (kept.add(((long) link.a() << 32) | link.b())) {
                    links.add(link);
                }
            }
        }
        return links;
    }

    /** Keeps {@code link} among a mention's {@value #NEIGHBOURS} most alike. */
    private static void keep(List<Link> nearest, Link link) {
        nearest.add(link);
        nearest.sort(Comparator.comparingDouble(Link::cosine).reversed());
        if (nearest.size() > NEIGHBOURS) {
            nearest.remove(nearest.size() - 1);
        }
    }
}
