package org.parallax.crossarticle.stories;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the story finder compares of one article, once weighed against the corpus
 * ({@link EmbeddingStoryFinder#profile}).
 *
 * @param embedding its normalised lead embedding
 * @param entities  its salient resolved entities, weighted (mentions × rarity), normalised
 * @param words     its salient words, weighted (occurrences × rarity), normalised
 * @param published its publication date, if known
 */
public record ArticleProfile(float[] embedding, Weighted entities, Weighted words, Optional<LocalDate> published) {

    public ArticleProfile {
        Objects.requireNonNull(embedding, "embedding");
        Objects.requireNonNull(entities, "entities");
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(published, "published");
    }

    /**
     * A sparse vector of unit length (or all zero, when nothing in it is shared with another article).
     *
     * @param indexes ascending indexes
     * @param weights their weights
     */
    public record Weighted(int[] indexes, float[] weights) {

        public Weighted {
            if (indexes.length != weights.length) {
                throw new IllegalArgumentException("one weight per index");
            }
        }
    }
}
