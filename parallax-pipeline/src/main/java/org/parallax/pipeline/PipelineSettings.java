package org.parallax.pipeline;

/**
 * How a pipeline run goes.
 *
 * @param language     whether the language layer (and after it the cross-article layer) runs;
 *                     without it articles are only read and cleaned
 * @param crossArticle whether the cross-article layer runs after the last batch
 * @param threads      how many inputs are read, and articles annotated, at once
 * @param batchSize    how many articles are analysed and kept together: memory is bounded by it,
 *                     not by the number of articles
 */
public record PipelineSettings(boolean language, boolean crossArticle, int threads, int batchSize) {

    /** The batch size of {@link #defaults()}: large enough to keep all threads busy, small enough for any heap. */
    public static final int DEFAULT_BATCH_SIZE = 256;

    public PipelineSettings {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1: " + batchSize);
        }
    }

    /** Both layers, one thread per core, batches of {@value #DEFAULT_BATCH_SIZE}. */
    public static PipelineSettings defaults() {
        return new PipelineSettings(true, true, Runtime.getRuntime().availableProcessors(), DEFAULT_BATCH_SIZE);
    }

    public PipelineSettings withThreads(int newThreads) {
        return new PipelineSettings(language, crossArticle, newThreads, batchSize);
    }

    public PipelineSettings withLanguage(boolean newLanguage) {
        return new PipelineSettings(newLanguage, newLanguage && crossArticle, threads, batchSize);
    }

    public PipelineSettings withCrossArticle(boolean newCrossArticle) {
        return new PipelineSettings(language, newCrossArticle, threads, batchSize);
    }

    public PipelineSettings withBatchSize(int newBatchSize) {
        return new PipelineSettings(language, crossArticle, threads, newBatchSize);
    }
}
