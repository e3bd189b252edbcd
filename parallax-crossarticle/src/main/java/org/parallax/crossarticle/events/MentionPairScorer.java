package org.parallax.crossarticle.events;

/**
 * How alike two candidate event mentions are as reports of one event: a score in [0, 1] and the least average score
 * at which two clusters of mentions are joined ({@link MentionEvents}).
 */
public interface MentionPairScorer {

    /** The score of mentions {@code a} and {@code b} of {@code pairs} (of one block). */
    double score(EventMentionPairs pairs, int a, int b);

    /** The least mean pair score between two clusters for them to be one event. */
    double threshold();

    /** Whether the scorer reads the embedding features (so that the mentions need an embedder). */
    boolean needsEmbeddings();

    /**
     * The highest score mentions {@code a} and {@code b} can have whatever their embedding features are (asked before
     * the mentions are embedded, when those features are still 0). A pair whose highest score is below the {@link
     * #threshold} cannot join two clusters (the mean of such scores stays below it), so its mentions need no embedding for
     * it. This default bounds nothing for a scorer that reads embeddings (1) and is the score itself for one that does not.
     */
    default double highestScore(EventMentionPairs pairs, int a, int b) {
        return needsEmbeddings() ? 1 : score(pairs, a, b);
    }

    /**
     * The rule without training: the mean of three overlaps (the entities named in the two sentences, the
     * sentences' content words, the entities the two articles name), joined from 0.1 (chosen on ECB+ train).
     */
    static MentionPairScorer overlaps() {
        return new Scoring((pairs, a, b) -> {
            double[] overlaps = pairs.overlaps(a, b);
            return (overlaps[0] + overlaps[1] + overlaps[2]) / 3;
        }, 0.1, false);
    }

    /** A pair score as a function. */
    @FunctionalInterface
    interface PairScore {
        double of(EventMentionPairs pairs, int a, int b);
    }

    /**
     * A scorer from its parts.
     *
     * @param function        the pair score
     * @param threshold       the least mean pair score to join two clusters
     * @param needsEmbeddings whether the function reads the embedding features
     */
    record Scoring(PairScore function, double threshold, boolean needsEmbeddings) implements MentionPairScorer {

        public Scoring {
            java.util.Objects.requireNonNull(function, "function");
        }

        @Override
        public double score(EventMentionPairs pairs, int a, int b) {
            return function.of(pairs, a, b);
        }
    }
}
