package org.parallax.crossarticle.stories;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the story finder reads of one article before any weight that depends on the rest of the corpus
 * ({@link EmbeddingStoryFinder#terms}): a pure function of the article and the entity resolution.
 *
 * @param embedding       its normalised lead embedding
 * @param entities        the sorted indexes of the resolved entities it names
 * @param entityMentions  how often it mentions each resolved entity (by index; at least once for each it names)
 * @param words           the words it uses (as {@link SalientTerms} reads them), in order of first use
 * @param wordCounts      how often it uses each of them
 * @param published       its publication date, if known
 */
public record StoryTerms(float[] embedding, int[] entities, Map<Integer, Integer> entityMentions, List<String> words,
        int[] wordCounts, Optional<LocalDate> published) {

    public StoryTerms {
        Objects.requireNonNull(embedding, "embedding");
        Objects.requireNonNull(entities, "entities");
        entityMentions = Map.copyOf(entityMentions);
        words = List.copyOf(words);
        Objects.requireNonNull(wordCounts, "wordCounts");
        Objects.requireNonNull(published, "published");
        if (words.size() != wordCounts.length) {
            throw new IllegalArgumentException("one count per word");
        }
    }
}
