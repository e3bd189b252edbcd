package org.parallax.evaluation.stance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Splits FNC-1 pairs into a part to train and tune on and a held-out part, disjoint in bodies and
 * in headlines (the same headline recurs with many bodies, so a split by body alone would let the
 * model see held-out claims).
 *
 * <p>Headlines and bodies are joined into components by their related pairs (a claim and the
 * articles that report it); a component's key is its smallest numeric body id halved (the ids of
 * fnc1-dev are even; a headline with no related body: its text's hash). A component is held out
 * when its key is divisible by {@link #FOLDS}, a third of them; of the others, those whose key
 * leaves 1 are the validation part while tuning, the rest the training part. A pair belongs to a
 * part when both its headline and its body do; the model shipped is trained on every pair with no
 * end held out ({@link Part#TUNING}). Since FNC-1's unrelated pairs join random headlines and
 * bodies, a part keeps about the square of its share of them but its share of the related pairs:
 * the held-out part has fewer unrelated pairs than the whole set ({@link FncScore#reweighted}).
 */
public final class StanceSplit {

    static final int FOLDS = 3;
    static final int VALIDATION_REMAINDER = 1;

    /** The three parts. */
    public enum Part {
        /** Never trained or tuned on: what {@code bench stance} scores. */
        HELD_OUT,
        /** Scored while choosing features and settings. */
        VALIDATION,
        /** Trained on while tuning. */
        TRAINING,
        /** Validation and training together, and the pairs between them: what the shipped model is trained on. */
        TUNING
    }

    private StanceSplit() {
    }

    /** The pairs of {@code corpus} that fall in {@code part}. */
    public static StanceCorpus part(StanceCorpus corpus, Part part) {
        Map<String, String> parent = new HashMap<>();
        for (StanceCorpus.Pair pair : corpus.pairs()) {
            find(parent, headline(pair));
            find(parent, body(pair));
            if (pair.stance().related()) {
                String a = find(parent, headline(pair));
                String b = find(parent, body(pair));
                if (!a.equals(b)) {
                    parent.put(a, b);
                }
            }
        }
        Map<String, Long> keys = new HashMap<>();
        for (String node : parent.keySet()) {
            if (node.startsWith("b|")) {
                keys.merge(find(parent, node), number(node.substring(2)), Math::min);
            }
        }
        List<StanceCorpus.Pair> kept = new ArrayList<>();
        for (StanceCorpus.Pair pair : corpus.pairs()) {
            Part headlinePart = partOf(find(parent, headline(pair)), keys);
            Part bodyPart = partOf(find(parent, body(pair)), keys);
            boolean tuning = part == Part.TUNING && headlinePart != Part.HELD_OUT && bodyPart != Part.HELD_OUT;
            if (tuning || (headlinePart == part && bodyPart == part)) {
                kept.add(pair);
            }
        }
        return corpus.only(part.name().toLowerCase(Locale.ROOT).replace('_', '-'), kept);
    }

    private static Part partOf(String root, Map<String, Long> keys) {
        long key = keys.containsKey(root) ? keys.get(root) / 2 : Math.abs((long) root.hashCode());
        long remainder = Math.floorMod(key, FOLDS);
        if (remainder == 0) {
            return Part.HELD_OUT;
        }
        return remainder == VALIDATION_REMAINDER ? Part.VALIDATION : Part.TRAINING;
    }

    private static long number(String id) {
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            return Math.abs((long) id.hashCode());
        }
    }

    private static String headline(StanceCorpus.Pair pair) {
        return "h|" + pair.headline();
    }

    private static String body(StanceCorpus.Pair pair) {
        return "b|" + pair.body();
    }

    private static String find(Map<String, String> parent, String node) {
        String root = parent.computeIfAbsent(node, n -> n);
        while (!root.equals(parent.get(root))) {
            root = parent.get(root);
        }
        String at = node;
        while (!at.equals(root)) {
            String next = parent.get(at);
            parent.put(at, root);
            at = next;
        }
        return root;
    }
}
