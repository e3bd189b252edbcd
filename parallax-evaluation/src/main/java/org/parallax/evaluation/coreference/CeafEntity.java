package org.parallax.evaluation.coreference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The entity-based CEAF metric, CEAF-e (Luo 2005): the one-to-one alignment of key and response
 * clusters that maximises Σ φ4(K, R), with φ4(K, R) = 2|K ∩ R| / (|K| + |R|); recall is that sum over
 * the number of key clusters, precision over the number of response clusters.
 *
 * <p>Only clusters that share a mention have a non-zero φ4, so the alignment is solved separately on
 * each connected group of key and response clusters (a topic's clusters at most, on ECB+), with the
 * Hungarian method. It is written here because no library on Maven Central that the project uses
 * offers an assignment solver, and it is some forty lines (Kuhn 1955, the potentials form of
 * Jonker and Volgenant's shortest augmenting paths, O(n²m)).
 */
public final class CeafEntity {

    private CeafEntity() {
    }

    public static MetricScore score(Partition key, Partition response) {
        List<List<String>> keyClusters = key.groups();
        List<List<String>> responseClusters = response.groups();
        Map<String, Integer> responseIndex = new HashMap<>();
        for (int r = 0; r < responseClusters.size(); r++) {
            for (String mention : responseClusters.get(r)) {
                responseIndex.put(mention, r);
            }
        }
        // union-find over key clusters (0..k-1) and response clusters (k..k+r-1) sharing a mention
        int[] parent = new int[keyClusters.size() + responseClusters.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<Long, Integer> overlaps = new HashMap<>();
        for (int k = 0; k < keyClusters.size(); k++) {
            for (String mention : keyClusters.get(k)) {
                Integer r = responseIndex.get(mention);
                if (r != null) {
                    overlaps.merge(((long) k << 32) | r, 1, Integer::sum);
                    union(parent, k, keyClusters.size() + r);
                }
            }
        }
        Map<Integer, List<Integer>> componentKeys = new HashMap<>();
        Map<Integer, List<Integer>> componentResponses = new HashMap<>();
        for (int k = 0; k < keyClusters.size(); k++) {
            componentKeys.computeIfAbsent(find(parent, k), c -> new ArrayList<>()).add(k);
        }
        for (int r = 0; r < responseClusters.size(); r++) {
            componentResponses.computeIfAbsent(find(parent, keyClusters.size() + r), c -> new ArrayList<>()).add(r);
        }
        double similarity = 0;
        Set<Integer> components = new HashSet<>(componentKeys.keySet());
        components.retainAll(componentResponses.keySet());
        for (int component : components) {
            List<Integer> keys = componentKeys.get(component);
            List<Integer> responses = componentResponses.get(component);
            double[][] phi = new double[keys.size()][responses.size()];
            for (int i = 0; i < keys.size(); i++) {
                for (int j = 0; j < responses.size(); j++) {
                    int shared = overlaps.getOrDefault(((long) keys.get(i) << 32) | responses.get(j), 0);
                    phi[i][j] = 2.0 * shared / (keyClusters.get(keys.get(i)).size() + responseClusters.get(responses.get(j)).size());
                }
            }
            similarity += maximumAssignment(phi);
        }
        return MetricScore.of(similarity, responseClusters.size(), similarity, keyClusters.size());
    }

    /** The largest sum of weights of a one-to-one assignment of rows to columns. */
    static double maximumAssignment(double[][] weights) {
        int rows = weights.length;
        int columns = weights[0].length;
        boolean transpose = rows > columns;
        int n = transpose ? columns : rows;
        int m = transpose ? rows : columns;
        double[][] cost = new double[n + 1][m + 1];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                cost[i + 1][j + 1] = -(transpose ? weights[j][i] : weights[i][j]);
            }
        }
        double[] u = new double[n + 1];
        double[] v = new double[m + 1];
        int[] match = new int[m + 1];
        int[] way = new int[m + 1];
        for (int i = 1; i <= n; i++) {
            match[0] = i;
            int column = 0;
            double[] least = new double[m + 1];
            java.util.Arrays.fill(least, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[m + 1];
            do {
                used[column] = true;
                int row = match[column];
                double delta = Double.POSITIVE_INFINITY;
                int next = 0;
                for (int j = 1; j <= m; j++) {
                    if (!used[j]) {
                        double reduced = cost[row][j] - u[row] - v[j];
                        if (reduced < least[j]) {
                            least[j] = reduced;
                            way[j] = column;
                        }
                        if (least[j] < delta) {
                            delta = least[j];
                            next = j;
                        }
                    }
                }
                for (int j = 0; j <= m; j++) {
                    if (used[j]) {
                        u[match[j]] += delta;
                        v[j] -= delta;
                    } else {
                        least[j] -= delta;
                    }
                }
                column = next;
            } while (match[column] != 0);
            do {
                int previous = way[column];
                match[column] = match[previous];
                column = previous;
            } while (column != 0);
        }
        double total = 0;
        for (int j = 1; j <= m; j++) {
            if (match[j] != 0) {
                total -= cost[match[j]][j];
            }
        }
        return total;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
