package org.parallax.pipeline;

import java.util.List;
import org.parallax.crossarticle.CrossArticleListener;
import org.parallax.ingest.IngestListener;
import org.parallax.model.Article;

/**
 * Hears how a pipeline run progresses: reading (from {@link IngestListener}), the language layer,
 * storing, and the cross-article layer (from {@link CrossArticleListener}). Called from worker
 * threads; implementations must be quick and thread-safe.
 */
public interface PipelineListener extends IngestListener, CrossArticleListener {

    /** A listener that hears nothing. */
    PipelineListener NONE = new PipelineListener() {
    };

    /** The language layer has {@code articles} articles to annotate in all so far (it grows batch by batch). */
    default void annotationPlanned(int articles) {
    }

    /** One article annotated (or failed in the language layer). */
    default void articleAnnotated() {
    }

    /** A batch of analysed articles was handed to the destination and kept (durably, for a store). */
    default void batchKept(List<Article> articles) {
    }

    /** A stage (reading, the language layer, the cross-article layer) is done for now. */
    default void stageDone() {
    }

    @Override
    default void step(Step step, int done, int total) {
    }
}
