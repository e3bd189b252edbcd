package org.parallax.crossarticle.entities;

/**
 * Union–find over the integers {@code 0..size-1}, with path halving and union by size: near
 * constant time per operation, so grouping by linked pairs stays linear in the number of links.
 */
public final class DisjointSets {

    private final int[] parent;
    private final int[] size;

    public DisjointSets(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
        this.parent = new int[size];
        this.size = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
            this.size[i] = 1;
        }
    }

    /** The representative of the set holding {@code element}. */
    public int find(int element) {
        int current = element;
        while (parent[current] != current) {
            parent[current] = parent[parent[current]];
            current = parent[current];
        }
        return current;
    }

    /** Joins the sets of {@code a} and {@code b}; returns whether they were apart. */
    public boolean union(int a, int b) {
        int rootA = find(a);
        int rootB = find(b);
        if (rootA == rootB) {
            return false;
        }
        if (size[rootA] < size[rootB]) {
            int swap = rootA;
            rootA = rootB;
            rootB = swap;
        }
        parent[rootB] = rootA;
        size[rootA] += size[rootB];
        return true;
    }

    public int size() {
        return parent.length;
    }
}
