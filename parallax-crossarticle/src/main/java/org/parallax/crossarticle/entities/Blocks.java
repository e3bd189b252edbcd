package org.parallax.crossarticle.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Blocking for record linkage: items that share a key become candidate pairs, so that linkage
 * never compares all pairs. A block no larger than {@code fullBlock} yields all its pairs; a
 * larger one is sorted and each item is paired with the next {@code window} items only (the
 * sorted-neighbourhood method, Hernández and Stolfo 1995). The number of pairs is therefore at
 * most {@code keys × max(fullBlock, window)} per item: linear in the number of items.
 */
public final class Blocks {

    /** Receives one candidate pair of item indexes, {@code a < b} not guaranteed. */
    @FunctionalInterface
    public interface PairConsumer {
        void accept(int a, int b);
    }

    private final Map<String, List<Integer>> blocks = new LinkedHashMap<>();
    private final int fullBlock;
    private final int window;

    public Blocks(int fullBlock, int window) {
        if (fullBlock < 1 || window < 1) {
            throw new IllegalArgumentException("fullBlock and window must be positive");
        }
        this.fullBlock = fullBlock;
        this.window = window;
    }

    /** Puts an item under a key. */
    public void add(String key, int item) {
        List<Integer> block = blocks.computeIfAbsent(key, k -> new ArrayList<>(2));
        if (block.isEmpty() || block.get(block.size() - 1) != item) {
            block.add(item);
        }
    }

    /**
     * Every candidate pair, block by block in the order their keys were first given (so that a caller whose
     * unions depend on their order, as an incremental entity resolution's do, gets the same pairs in the same
     * order from any set of items holding the same blocks); a pair may come more than once when its items
     * share several keys.
     */
    public void forEachPair(Comparator<Integer> order, PairConsumer consumer) {
        for (List<Integer> block : blocks.values()) {
            forEachPairOf(block, order, consumer);
        }
    }

    /**
     * The candidate pairs of one block, its items in the order they were put under its key: all pairs when it
     * holds no more than {@code fullBlock} items, else each item with the next {@code window} in {@code order}.
     * What {@link #forEachPair} gives for that block, so that blocks may be paired apart (the Spark job).
     */
    public void forEachPairOf(List<Integer> block, Comparator<Integer> order, PairConsumer consumer) {
        if (block.size() < 2) {
            return;
        }
        if (block.size() <= fullBlock) {
            for (int i = 0; i < block.size(); i++) {
                for (int j = i + 1; j < block.size(); j++) {
                    consumer.accept(block.get(i), block.get(j));
                }
            }
        } else {
            List<Integer> sorted = new ArrayList<>(block);
            sorted.sort(order);
            for (int i = 0; i < sorted.size(); i++) {
                for (int j = i + 1; j <= i + window && j < sorted.size(); j++) {
                    consumer.accept(sorted.get(i), sorted.get(j));
                }
            }
        }
    }
}
