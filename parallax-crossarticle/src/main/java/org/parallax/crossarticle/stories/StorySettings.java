package org.parallax.crossarticle.stories;

/**
 * How {@link EmbeddingStoryFinder} weighs and groups articles.
 *
 * <p>The similarity of two articles is {@code contentWeight × cosine(embeddings) + entityWeight ×
 * Jaccard(resolved entities) + timeWeight × exp(-|days apart| / timeScaleDays)} (the time term is
 * one half when a date is unknown). Articles at {@code linkThreshold} or more are in one story;
 * then stories that cover one event are joined as {@link EventMergeSettings} says.
 *
 * @param contentWeight      weight of the cosine of the lead embeddings
 * @param entityWeight       weight of the Jaccard overlap of resolved entity ids
 * @param timeWeight         weight of time proximity
 * @param timeScaleDays      days over which time proximity falls to 1/e
 * @param linkThreshold      similarity at which two articles are one story
 * @param joinThreshold      similarity at which an article also joins another story, see the finder
 * @param joinCentroid       cosine to that story's centroid an article needs to also join it
 * @param leadParagraphs     paragraphs after the title that make an article's lead, embedded
 * @param summarySentences   sentences in a story's summary
 * @param rareEntityKeys     how many of an article's rarest shared entities serve as blocking keys
 * @param lshBands           bands of the embedding hash
 * @param lshBits            bits per band
 * @param fullBlock          a block up to this size is compared in full; a larger one by windows
 * @param window             the sorted-neighbourhood window of large blocks
 * @param eventMerge         how stories covering one event are joined after linking
 */
public record StorySettings(double contentWeight, double entityWeight, double timeWeight, double timeScaleDays,
        double linkThreshold, double joinThreshold, double joinCentroid, int leadParagraphs, int summarySentences,
        int rareEntityKeys, int lshBands, int lshBits, int fullBlock, int window, EventMergeSettings eventMerge) {

    /** Settings with the default {@link EventMergeSettings}. */
    public StorySettings(double contentWeight, double entityWeight, double timeWeight, double timeScaleDays,
            double linkThreshold, double joinThreshold, double joinCentroid, int leadParagraphs, int summarySentences,
            int rareEntityKeys, int lshBands, int lshBits, int fullBlock, int window) {
        this(contentWeight, entityWeight, timeWeight, timeScaleDays, linkThreshold, joinThreshold, joinCentroid,
                leadParagraphs, summarySentences, rareEntityKeys, lshBands, lshBits, fullBlock, window,
                EventMergeSettings.defaults());
    }

    public StorySettings {
        if (contentWeight < 0 || entityWeight < 0 || timeWeight < 0
                || Math.abs(contentWeight + entityWeight + timeWeight - 1) > 1e-9) {
            throw new IllegalArgumentException("weights must be non-negative and sum to one");
        }
        if (timeScaleDays <= 0 || joinThreshold > linkThreshold) {
            throw new IllegalArgumentException("need a positive time scale and joinThreshold <= linkThreshold");
        }
        if (leadParagraphs < 1 || summarySentences < 1 || rareEntityKeys < 0 || lshBands < 1 || lshBits < 1
                || fullBlock < 1 || window < 1) {
            throw new IllegalArgumentException("counts must be positive");
        }
        java.util.Objects.requireNonNull(eventMerge, "eventMerge");
    }

    /** The settings Parallax runs with; thresholds set on the seeds against unrelated 2016 election news. */
    public static StorySettings defaults() {
        return new StorySettings(0.6, 0.3, 0.1, 180, 0.42, 0.36, 0.45, 3, 3, 5, 8, 10, 48, 12,
                EventMergeSettings.defaults());
    }
}
