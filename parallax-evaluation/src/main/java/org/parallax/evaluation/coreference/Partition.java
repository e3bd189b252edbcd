package org.parallax.evaluation.coreference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A clustering of mentions into entities (or events): each mention's cluster id. The key (gold) and
 * the response (system) of one scoring run partition the same mentions; a mention the response leaves
 * out is a singleton of its own (see {@link #over(Set)}).
 *
 * @param clusters each mention's cluster id
 */
public record Partition(Map<String, String> clusters) {

    public Partition {
        clusters = Map.copyOf(clusters);
    }

    /** The mentions of each cluster, clusters and their mentions in a stable (sorted) order. */
    public List<List<String>> groups() {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        clusters.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> groups.computeIfAbsent(entry.getValue(), key -> new ArrayList<>()).add(entry.getKey()));
        return List.copyOf(groups.values());
    }

    /** The cluster of a mention. */
    public String clusterOf(String mention) {
        return Objects.requireNonNull(clusters.get(mention), () -> "mention " + mention + " is in no cluster");
    }

    /**
     * This partition over exactly {@code mentions}: mentions it does not hold become singletons (under a
     * cluster id no other cluster can have), mentions outside {@code mentions} are dropped.
     */
    public Partition over(Set<String> mentions) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String mention : mentions) {
            String cluster = clusters.get(mention);
            result.put(mention, cluster == null ? "\u0000singleton:" + mention : cluster);
        }
        return new Partition(result);
    }

    public Set<String> mentions() {
        return clusters.keySet();
    }
}
