package org.parallax.crossarticle.events;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parallax.model.CalendarValue;

/**
 * Groups event reports into events. Reports are only compared inside blocks that share a
 * participant and a month (a week in two months joins both blocks, a day near a month's end also joins the next month's block, and one
 * near its start the previous one), and inside a block each report is compared with at most
 * {@link EventMatching#window()} neighbours in date order, so the work grows with the number of
 * reports times the block window, not with its square. Matching reports are joined transitively.
 */
final class EventMerger {

    private final EventMatching matching;

    EventMerger(EventMatching matching) {
        this.matching = matching;
    }

    /**
     * Groups of indexes into {@code candidates}, each group one event, in order of first report.
     * Each pair in {@code links} (indexes into {@code candidates}) is known to report one event.
     */
    List<List<Integer>> merge(List<EventCandidate> candidates, List<int[]> links) {
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            EventCandidate candidate = candidates.get(i);
            for (YearMonth month : months(candidate.date())) {
                for (String participant : candidate.participants()) {
                    blocks.computeIfAbsent(participant + '|' + month, key -> new ArrayList<>()).add(i);
                }
            }
        }
        int[] parent = new int[candidates.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int[] link : links) {
            int left = find(parent, link[0]);
            int right = find(parent, link[1]);
            if (left != right) {
                parent[left] = right;
            }
        }
        Comparator<Integer> byDate = Comparator.comparing((Integer i) -> candidates.get(i).date()).thenComparing(i -> i);
        for (List<Integer> block : blocks.values()) {
            block.sort(byDate);
            for (int a = 0; a < block.size(); a++) {
                for (int b = a + 1; b < block.size() && b <= a + matching.window(); b++) {
                    int left = block.get(a);
                    int right = block.get(b);
                    if (find(parent, left) != find(parent, right)
                            && matching.sameEvent(candidates.get(left), candidates.get(right))) {
                        parent[find(parent, left)] = find(parent, right);
                    }
                }
            }
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            groups.computeIfAbsent(find(parent, i), root -> new ArrayList<>()).add(i);
        }
        return List.copyOf(groups.values());
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
