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
     * The rule without training: the mean of three overlaps (the entities named in the two sentences, the
     * sentences' content words, the entities the two articles name), joined from 0.1 (chosen on ECB+ train).
     */
    static MentionPairScorer overlaps() {
        return new MentionPairScorer() {
            @Override
            public double score(EventMentionPairs pairs, int a, int b) {
                double[] overlaps = pairs.overlaps(a, b);
                return (overlaps[0] + overlaps[1] + overlaps[2]) / 3;
            }

            @Override
            public double threshold() {
                return 0.1;
            }

            @Override
            public boolean needsEmbeddings() {
                return false;
            }
        };
    }
}
