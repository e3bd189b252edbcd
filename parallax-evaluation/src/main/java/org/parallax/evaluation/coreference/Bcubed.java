package org.parallax.evaluation.coreference;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The B-cubed mention-based metric (Bagga &amp; Baldwin 1998), over the mentions of the key: for each
 * mention m with key cluster K(m) and response cluster R(m), precision is |K(m) ∩ R(m)| / |R(m)| and
 * recall |K(m) ∩ R(m)| / |K(m)|, both averaged over the mentions. Key and response must hold the same
 * mentions (see {@link Partition#over}).
 */
public final class Bcubed {

    private Bcubed() {
    }

    public static MetricScore score(Partition key, Partition response) {
        if (!key.mentions().equals(response.mentions())) {
            throw new IllegalArgumentException("B-cubed needs key and response over the same mentions");
        }
        if (key.mentions().isEmpty()) {
            return new MetricScore(0, 0);
        }
        Map<String, Integer> keySizes = sizes(key);
        Map<String, Integer> responseSizes = sizes(response);
        Map<String, Integer> shared = new HashMap<>();
        for (String mention : key.mentions()) {
            shared.merge(key.clusterOf(mention) + '\u0001' + response.clusterOf(mention), 1, Integer::sum);
        }
        double precision = 0;
        double recall = 0;
        for (String mention : key.mentions()) {
            int both = shared.get(key.clusterOf(mention) + '\u0001' + response.clusterOf(mention));
            precision += (double) both / responseSizes.get(response.clusterOf(mention));
            recall += (double) both / keySizes.get(key.clusterOf(mention));
        }
        int mentions = key.mentions().size();
        return new MetricScore(Math.min(1, precision / mentions), Math.min(1, recall / mentions));
    }

    private static Map<String, Integer> sizes(Partition partition) {
        Map<String, Integer> sizes = new HashMap<>();
        for (List<String> group : partition.groups()) {
            sizes.put(partition.clusterOf(group.get(0)), group.size());
        }
        return sizes;
    }
}
