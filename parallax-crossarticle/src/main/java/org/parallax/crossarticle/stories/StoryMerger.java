package org.parallax.crossarticle.stories;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parallax.crossarticle.entities.Blocks;
import org.parallax.crossarticle.entities.DisjointSets;

/**
 * Joins stories that cover one event. Two stories are joined when all of these hold:
 * <ul>
 *   <li>both are dated, their date ranges lie at most {@link EventMergeSettings#windowDays()}
 *       apart, and together they span at most {@link EventMergeSettings#spanDays()};</li>
 *   <li>they share at least {@link EventMergeSettings#sharedEntities()} of their salient entities
 *       (each story's {@link EventMergeSettings#salientEntities()} most mentioned);</li>
 *   <li>the cosine of their centroids (normalised mean lead embeddings) is at least
 *       {@link EventMergeSettings#centroidCosine()}.</li>
 * </ul>
 *
 * <p>Candidate pairs come only from blocks keyed by salient entities, compared by sorted
 * neighbourhoods of date when large ({@link Blocks}), so the cost stays linear in the number of
 * stories. Pairs are tried closest first; a join updates the joined story's centroid, salient
 * entities and dates before the next pair is tried (average linkage rather than single link, so a
 * chain of loosely related stories does not fuse).
 */
final class StoryMerger {

    private final EventMergeSettings settings;
    private final int fullBlock;
    private final int window;

    StoryMerger(EventMergeSettings settings, int fullBlock, int window) {
        this.settings = settings;
        this.fullBlock = fullBlock;
        this.window = window;
    }

    /**
     * Groups stories: the result lists, for each joined story, the indexes of the stories it holds,
     * in order of their first index.
     *
     * @param stories     each story's article indexes
     * @param embeddings  each article's normalised lead embedding
     * @param dates       each article's publication date, if known
     * @param mentions    for each article, how often it mentions each resolved entity (by index)
     */
    List<List<Integer>> merge(List<List<Integer>> stories, List<float[]> embeddings, List<Optional<LocalDate>> dates,
            List<Map<Integer, Integer>> mentions) {
        List<State> states = new ArrayList<>(stories.size());
        for (List<Integer> members : stories) {
            states.add(State.of(members, embeddings, dates, mentions, settings.salientEntities()));
        }
        Blocks blocks = new Blocks(fullBlock, window);
        for (int s = 0; s < states.size(); s++) {
            State state = states.get(s);
            if (state.first == null) {
                continue;
            }
            for (int entity : state.salient) {
                blocks.add(Integer.toString(entity), s);
            }
        }
        Set<Long> seen = new HashSet<>();
        List<double[]> pairs = new ArrayList<>();
        blocks.forEachPair(Comparator.comparing((Integer s) -> states.get(s).first).thenComparing(s -> s), (a, b) -> {
            long key = Math.min(a, b) * (1L << 32) + Math.max(a, b);
            if (seen.add(key)) {
                pairs.add(new double[] {Vectors.dot(states.get(a).centroid, states.get(b).centroid), a, b});
            }
        });
        pairs.sort(Comparator.comparingDouble((double[] pair) -> -pair[0]).thenComparingDouble(pair -> pair[1])
                .thenComparingDouble(pair -> pair[2]));
        DisjointSets sets = new DisjointSets(states.size());
        Map<Integer, State> current = new HashMap<>();
        for (int s = 0; s < states.size(); s++) {
            current.put(s, states.get(s));
        }
        for (double[] pair : pairs) {
            int a = sets.find((int) pair[1]);
            int b = sets.find((int) pair[2]);
            if (a == b || !joinable(current.get(a), current.get(b))) {
                continue;
            }
            State joined = current.get(a).with(current.get(b));
            sets.union(a, b);
            int root = sets.find(a);
            current.remove(a);
            current.remove(b);
            current.put(root, joined);
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int s = 0; s < states.size(); s++) {
            groups.computeIfAbsent(sets.find(s), k -> new ArrayList<>()).add(s);
        }
        return new ArrayList<>(groups.values());
    }

    private boolean joinable(State a, State b) {
        if (a.first == null || b.first == null) {
            return false;
        }
        LocalDate first = a.first.isBefore(b.first) ? a.first : b.first;
        LocalDate last = a.last.isAfter(b.last) ? a.last : b.last;
        long gap = Math.max(ChronoUnit.DAYS.between(a.last, b.first), ChronoUnit.DAYS.between(b.last, a.first));
        if (gap > settings.windowDays() || ChronoUnit.DAYS.between(first, last) > settings.spanDays()) {
            return false;
        }
        Set<Integer> shared = new HashSet<>(a.salient);
        shared.retainAll(b.salient);
        return shared.size() >= settings.sharedEntities()
                && Vectors.dot(a.centroid, b.centroid) >= settings.centroidCosine();
    }

    /** A story while joining: the sum of its embeddings, its entity mentions and its date range. */
    private static final class State {

        private final float[] sum;
        private final float[] centroid;
        private final Map<Integer, Integer> mentions;
        private final List<Integer> salient;
        private final int salientCount;
        private final LocalDate first;
        private final LocalDate last;

        private State(float[] sum, Map<Integer, Integer> mentions, int salientCount, LocalDate first, LocalDate last) {
            this.sum = sum;
            this.centroid = Vectors.normalized(sum);
            this.mentions = mentions;
            this.salientCount = salientCount;
            this.salient = mentions.entrySet().stream()
                    .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(salientCount).map(Map.Entry::getKey).toList();
            this.first = first;
            this.last = last;
        }

        /** Undated when any article is: such a story is never joined. */
        static State of(List<Integer> members, List<float[]> embeddings, List<Optional<LocalDate>> dates,
                List<Map<Integer, Integer>> mentions, int salientCount) {
            float[] sum = new float[embeddings.get(members.get(0)).length];
            Map<Integer, Integer> counts = new HashMap<>();
            LocalDate first = null;
            LocalDate last = null;
            boolean undated = false;
            for (int member : members) {
                Vectors.add(sum, embeddings.get(member), 1);
                mentions.get(member).forEach((entity, count) -> counts.merge(entity, count, Integer::sum));
                Optional<LocalDate> date = dates.get(member);
                if (date.isEmpty()) {
                    undated = true;
                } else {
                    first = first == null || date.get().isBefore(first) ? date.get() : first;
                    last = last == null || date.get().isAfter(last) ? date.get() : last;
                }
            }
            return undated ? new State(sum, counts, salientCount, null, null)
                    : new State(sum, counts, salientCount, first, last);
        }

        State with(State other) {
            float[] joined = sum.clone();
            Vectors.add(joined, other.sum, 1);
            Map<Integer, Integer> counts = new HashMap<>(mentions);
            other.mentions.forEach((entity, count) -> counts.merge(entity, count, Integer::sum));
            return new State(joined, counts, salientCount, first.isBefore(other.first) ? first : other.first,
                    last.isAfter(other.last) ? last : other.last);
        }
    }
}
