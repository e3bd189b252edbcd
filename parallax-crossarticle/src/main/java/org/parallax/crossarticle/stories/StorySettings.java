package org.parallax.crossarticle.stories;

import java.util.Objects;

/**
 * How {@link EmbeddingStoryFinder} weighs and groups articles.
 *
 * <p>The similarity of two groups of articles is the mean over every pair of their articles of
 * {@code contentWeight × cosine(lead embeddings) + entityWeight × cosine(entity vectors) +
 * wordWeight × cosine(word vectors)}, plus
 * {@code timeWeight × exp(-days between their date ranges / timeScaleDays)} (one half when a group
 * has no date): average linkage, so that an article joins a story when it is close to the story as
 * a whole, never through one member. Groups at {@code joinThreshold} or more are one story; then
 * stories that cover one event are joined as {@link EventMergeSettings} says.
 *
 * @param contentWeight      weight of the cosine of the lead embeddings
 * @param entityWeight       weight of the cosine of the entity vectors (mentions × rarity of the
 *                           resolved entities)
 * @param wordWeight         weight of the cosine of the word vectors (occurrences × rarity of the
 *                           article's words)
 * @param timeWeight         weight of time proximity
 * @param timeScaleDays      days over which time proximity falls to 1/e
 * @param joinThreshold      similarity at which two groups of articles are one story
 * @param alsoJoinThreshold  similarity to another story (of two articles or more) at which an
 *                           article also joins it, see the finder
 * @param salientTerms       how many of its heaviest entities, and of its heaviest words, an
 *                           article's vectors keep
 * @param leadParagraphs     paragraphs after the title that make an article's lead, embedded
 * @param summarySentences   sentences in a story's summary
 * @param rareEntityKeys     how many of an article's rarest shared entities serve as blocking keys
 * @param lshBands           bands of the embedding hash
 * @param lshBits            bits per band
 * @param fullBlock          a block up to this size is compared in full; a larger one by windows
 * @param window             the sorted-neighbourhood window of large blocks
 * @param eventMerge         how stories covering one event are joined after grouping
 */
public record StorySettings(double contentWeight, double entityWeight, double wordWeight, double timeWeight,
        double timeScaleDays, double joinThreshold, double alsoJoinThreshold, int salientTerms, int leadParagraphs,
        int summarySentences,
        int rareEntityKeys, int lshBands, int lshBits, int fullBlock, int window, EventMergeSettings eventMerge) {

    /** Settings with the default {@link EventMergeSettings}. */
    public StorySettings(double contentWeight, double entityWeight, double wordWeight, double timeWeight,
            double timeScaleDays, double joinThreshold, double alsoJoinThreshold, int salientTerms, int leadParagraphs,
            int summarySentences, int rareEntityKeys, int lshBands, int lshBits, int fullBlock, int window) {
        this(contentWeight, entityWeight, wordWeight, timeWeight, timeScaleDays, joinThreshold, alsoJoinThreshold,
                salientTerms, leadParagraphs, summarySentences, rareEntityKeys, lshBands, lshBits, fullBlock, window,
                EventMergeSettings.defaults());
    }

    public StorySettings {
        if (contentWeight < 0 || entityWeight < 0 || wordWeight < 0 || timeWeight < 0
                || Math.abs(contentWeight + entityWeight + wordWeight + timeWeight - 1) > 1e-9) {
            throw new IllegalArgumentException("weights must be non-negative and sum to one");
        }
        if (timeScaleDays <= 0) {
            throw new IllegalArgumentException("need a positive time scale");
        }
        if (salientTerms < 1 || leadParagraphs < 1 || summarySentences < 1 || rareEntityKeys < 0 || lshBands < 1 || lshBits < 1
                || fullBlock < 1 || window < 1) {
            throw new IllegalArgumentException("counts must be positive");
        }
        Objects.requireNonNull(eventMerge, "eventMerge");
    }

    /** These settings with other weights and thresholds: what tuning varies. */
    public StorySettings withGrouping(double content, double entity, double word, double time, double join,
            double alsoJoin) {
        return new StorySettings(content, entity, word, time, timeScaleDays, join, alsoJoin, salientTerms, leadParagraphs,
                summarySentences, rareEntityKeys, lshBands, lshBits, fullBlock, window, eventMerge);
    }

    /** These settings with another number of salient terms per article. */
    public StorySettings withSalientTerms(int terms) {
        return new StorySettings(contentWeight, entityWeight, wordWeight, timeWeight, timeScaleDays, joinThreshold,
                alsoJoinThreshold, terms, leadParagraphs, summarySentences, rareEntityKeys, lshBands, lshBits, fullBlock,
                window, eventMerge);
    }

    /**
     * The settings Parallax runs with: weights and thresholds tuned on ECB+ train (see
     * docs/quality-crossarticle.md, "Stories"), the rest as measured on the seeds and PolNeAR.
     */
    public static StorySettings defaults() {
        return new StorySettings(0.4, 0.2, 0.3, 0.1, 30, 0.45, 0.575, 40, 3, 3, 5, 8, 10, 48, 12,
                EventMergeSettings.defaults());
    }
}
