package org.parallax.crossarticle.events;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.parallax.model.CalendarValue;

/**
 * Groups event reports into events. Reports are only compared inside blocks that share a
 * participant and a month (a week in two months joins both blocks, a day near a month's end also joins the next month's block, and one
 * near its start the previous one), and inside a block each report is compared with at most
 * {@link EventMatching#window()} neighbours in date order, so the work grows with the number of
 * reports times the block window, not with its square. Matching reports are joined transitively.
 *
 * <p>The events are the connected groups of the given links and of the matching pairs of every block, whatever order
 * the blocks are paired in ({@link EventMatching#sameEvent} reads two reports, never the groups; a pair is skipped only
 * when its reports are joined already). So each block can be paired on its own ({@link #pairBlock}, one task per block
 * in the Spark job) and the groups found from the pairs it joins.
 */
public final class EventMerger {

    /** How a block's pairing reads and records which reports are joined (in one group). */
    public interface Joins {

        /** Whether reports {@code a} and {@code b} are in one group already (then they are not compared). */
        boolean joined(long a, long b);

        /** Records that reports {@code a} and {@code b} report one event. */
        void join(long a, long b);
    }

    private final EventMatching matching;

    EventMerger(EventMatching matching) {
        this.matching = matching;
    }

    /**
     * Groups of indexes into {@code candidates}, each group one event, in order of first report.
     * Each pair in {@code links} (indexes into {@code candidates}) is known to report one event.
     */
    List<List<Integer>> merge(List<EventCandidate> candidates, List<int[]> links) {
        Map<String, List<Long>> blocks = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            for (String key : blockKeys(candidates.get(i))) {
                blocks.computeIfAbsent(key, ignored -> new ArrayList<>()).add((long) i);
            }
        }
        int[] parent = new int[candidates.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Joins joins = new Joins() {
            @Override
            public boolean joined(long a, long b) {
                return find(parent, (int) a) == find(parent, (int) b);
            }

            @Override
            public void join(long a, long b) {
                int left = find(parent, (int) a);
                int right = find(parent, (int) b);
                if (left != right) {
                    parent[left] = right;
                }
            }
        };
        for (int[] link : links) {
            joins.join(link[0], link[1]);
        }
        for (List<Long> block : blocks.values()) {
            pairBlock(block, index -> candidates.get((int) index), joins);
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            groups.computeIfAbsent(find(parent, i), root -> new ArrayList<>()).add(i);
        }
        return List.copyOf(groups.values());
    }

    /**
     * The blocks a report falls in, as keys: each of its participants with each month its date falls in or lies near
     * (see the class comment), months first.
     */
    public List<String> blockKeys(EventCandidate candidate) {
        List<String> keys = new ArrayList<>();
        for (YearMonth month : months(candidate.date())) {
            for (String participant : candidate.participants()) {
                keys.add(participant + '|' + month);
            }
        }
        return keys;
    }

    /**
     * Pairs the reports of one block: sorted by date, then id (the reports' order in the corpus), each is compared with
     * its next {@link EventMatching#window()} reports, unless {@code joins} has them joined already, and each matching
     * pair is joined.
     *
     * @param block     the ids of the block's reports
     * @param candidate the report of an id
     */
    public void pairBlock(List<Long> block, LongFunction<EventCandidate> candidate, Joins joins) {
        List<Long> sorted = new ArrayList<>(block);
        sorted.sort(Comparator.comparing((Long id) -> candidate.apply(id).date()).thenComparing(id -> id));
        for (int a = 0; a < sorted.size(); a++) {
            for (int b = a + 1; b < sorted.size() && b <= a + matching.window(); b++) {
                long left = sorted.get(a);
                long right = sorted.get(b);
                if (!joins.joined(left, right) && matching.sameEvent(candidate.apply(left), candidate.apply(right))) {
                    joins.join(left, right);
                }
            }
        }
    }

    private List<YearMonth> months(CalendarValue date) {
        List<YearMonth> months = new ArrayList<>(date.months());
        if (date.day().isPresent()) {
            YearMonth month = months.get(0);
            if (date.day().get() <= matching.dayTolerance()) {
                months.add(month.minusMonths(1));
            }
            if (date.day().get() > month.lengthOfMonth() - matching.dayTolerance()) {
                months.add(month.plusMonths(1));
            }
        }
        return months;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
