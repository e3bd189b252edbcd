package org.parallax.evaluation.clustering;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Extended B-cubed (Amigó, Gonzalo, Artiles &amp; Verdejo 2009, "A comparison of extrinsic
 * clustering evaluation metrics based on formal constraints", section 4.2), for clusterings in
 * which an item may sit in several clusters and several categories. For two items e and e′ with
 * system clusters C and gold categories L:
 * <ul>
 *   <li>multiplicity precision = min(|C(e) ∩ C(e′)|, |L(e) ∩ L(e′)|) / |C(e) ∩ C(e′)|, for e′
 *       sharing a cluster with e;</li>
 *   <li>multiplicity recall = min(|C(e) ∩ C(e′)|, |L(e) ∩ L(e′)|) / |L(e) ∩ L(e′)|, for e′
 *       sharing a category with e.</li>
 * </ul>
 * Precision is the mean over items of the mean multiplicity precision over the e′ that share a
 * cluster with e (e itself included), recall likewise over categories. With one cluster and one
 * category per item it is ordinary B-cubed (Bagga &amp; Baldwin 1998).
 *
 * <p>Every gold item is scored. A gold item the system put in no cluster counts as a cluster of
 * its own; system items that are not gold items are ignored.
 */
public final class ExtendedBcubed {

    private ExtendedBcubed() {
    }

    /**
     * Scores a clustering.
     *
     * @param system each item's system clusters (by any cluster id)
     * @param gold   each item's gold categories; at least one each
     */
    public static BcubedScore score(Map<String, Set<String>> system, Map<String, Set<String>> gold) {
        if (gold.isEmpty()) {
            return new BcubedScore(0, 0, 0);
        }
        Map<String, Set<String>> clusters = new HashMap<>();
        for (String item : gold.keySet()) {
            if (gold.get(item).isEmpty()) {
                throw new IllegalArgumentException("gold item " + item + " has no category");
            }
            Set<String> own = system.getOrDefault(item, Set.of());
            clusters.put(item, own.isEmpty() ? Set.of("\u0000unclustered:" + item) : own);
        }
        Map<String, Set<String>> clusterMembers = members(clusters);
        Map<String, Set<String>> categoryMembers = members(gold);
        double precision = 0;
        double recall = 0;
        for (String item : gold.keySet()) {
            precision += mean(item, clusters, gold, clusterMembers);
            recall += mean(item, gold, clusters, categoryMembers);
        }
        return new BcubedScore(precision / gold.size(), recall / gold.size(), gold.size());
    }

    /**
     * The mean multiplicity precision (or, swapping the roles, recall) of an item over the items
     * that share one of its groups in {@code grouping}.
     */
    private static double mean(String item, Map<String, Set<String>> grouping, Map<String, Set<String>> other,
            Map<String, Set<String>> groupMembers) {
        Set<String> peers = new HashSet<>();
        grouping.get(item).forEach(group -> peers.addAll(groupMembers.get(group)));
        double sum = 0;
        for (String peer : peers) {
            int shared = intersection(grouping.get(item), grouping.get(peer));
            int sharedOther = intersection(other.get(item), other.get(peer));
            sum += (double) Math.min(shared, sharedOther) / shared;
        }
        return sum / peers.size();
    }

    private static Map<String, Set<String>> members(Map<String, Set<String>> grouping) {
        Map<String, Set<String>> members = new HashMap<>();
        grouping.forEach((item, groups) -> groups.forEach(group -> members.computeIfAbsent(group, key -> new HashSet<>())
                .add(item)));
        return members;
    }

    private static int intersection(Set<String> a, Set<String> b) {
        int shared = 0;
        for (String element : a) {
            if (b.contains(element)) {
                shared++;
            }
        }
        return shared;
    }
}
