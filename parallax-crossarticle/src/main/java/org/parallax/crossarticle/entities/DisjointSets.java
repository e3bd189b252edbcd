package org.parallax.crossarticle.entities;

/**
 * Union–find over the integers {@code 0..size-1}, with path halving and union by size: near
 * constant time per operation, so grouping by linked pairs stays linear in the number of links.
 * Elements may have owners ({@link #owned(int[])}): then two sets holding elements of two
 * different owners are never joined (incremental resolution keeps existing entities apart).
 */
public final class DisjointSets {

    private static final int NO_OWNER = -1;

    private final int[] parent;
    private final int[] size;
    private final int[] owner;

    public DisjointSets(int size) {
        this(size, null);
    }

    private DisjointSets(int size, int[] owners) {
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
        this.parent = new int[size];
        this.size = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
            this.size[i] = 1;
        }
        this.owner = owners;
    }

    /**
     * Sets over {@code owners.length} elements, where {@code owners[i]} is the owner of element
     * {@code i} (a non-negative number) or {@code -1} for none: a union of two sets whose owners
     * differ does nothing.
     */
    public static DisjointSets owned(int[] owners) {
        int[] copy = owners.clone();
        for (int each : copy) {
            if (each < NO_OWNER) {
                throw new IllegalArgumentException("an owner must be -1 (none) or a number: " + each);
            }
        }
        return new DisjointSets(copy.length, copy);
    }

    /** The owner of the set holding {@code element}, or {@code -1} for none (always -1 for sets made without owners). */
    public int owner(int element) {
        return owner == null ? NO_OWNER : owner[find(element)];
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

    /** Joins the sets of {@code a} and {@code b}, unless they have different owners; returns whether they were joined. */
    public boolean union(int a, int b) {
        int rootA = find(a);
        int rootB = find(b);
        if (rootA == rootB) {
            return false;
        }
        if (owner != null && owner[rootA] != NO_OWNER && owner[rootB] != NO_OWNER && owner[rootA] != owner[rootB]) {
            return false;
        }
        if (size[rootA] < size[rootB]) {
            int swap = rootA;
            rootA = rootB;
            rootB = swap;
        }
        parent[rootB] = rootA;
        size[rootA] += size[rootB];
        if (owner != null && owner[rootA] == NO_OWNER) {
            owner[rootA] = owner[rootB];
        }
        return true;
    }

    public int size() {
        return parent.length;
    }
}
