package org.parallax.evaluation.coreference;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The MUC link-based metric (Vilain, Burger, Aberdeen, Connolly &amp; Hirschman 1995): recall is
 * Σ(|K| − |p(K)|) / Σ(|K| − 1) over key clusters K, where p(K) is the partition of K by the response
 * clusters (a mention of K the response lacks is a part of its own); precision swaps key and response.
 * Singletons add nothing to either side.
 */
public final class Muc {

    private Muc() {
    }

    public static MetricScore score(Partition key, Partition response) {
        double[] recall = links(key, response);
        double[] precision = links(response, key);
        return MetricScore.of(precision[0], precision[1], recall[0], recall[1]);
    }

    /** {numerator, denominator} of recall of {@code against} measured over the clusters of {@code clusters}. */
    private static double[] links(Partition clusters, Partition against) {
        double numerator = 0;
        double denominator = 0;
        for (List<String> cluster : clusters.groups()) {
            Set<String> parts = new HashSet<>();
            for (String mention : cluster) {
                String part = against.clusters().get(mention);
                parts.add(part == null ? "\u0000missing:" + mention : part);
            }
            numerator += cluster.size() - parts.size();
            denominator += cluster.size() - 1;
        }
        return new double[] {numerator, denominator};
    }
}
