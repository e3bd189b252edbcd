package org.parallax.pipeline;

import java.util.List;
import java.util.function.Supplier;
import org.parallax.crossarticle.CrossArticleListener;
import org.parallax.crossarticle.stories.EmbeddingCache;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.CrossArticle;

/**
 * The cross-article layer as the pipeline calls it: every article of a corpus in, one account of
 * them out. {@code CrossArticleAnalyzer.standard()::analyze} is the standard one.
 */
@FunctionalInterface
public interface CorpusAnalyzer {

    CrossArticle analyze(List<AnalyzedArticle> articles, CrossArticleListener listener);

    /**
     * Runs {@code work} (this layer's analysis) with {@code cache} as where texts' embeddings are
     * looked up first and kept (a store's, {@link ArticleDestination#embeddingCache()}); the default,
     * for layers that embed nothing or cache nothing, just runs it.
     */
    default <T> T withEmbeddingCache(EmbeddingCache cache, Supplier<T> work) {
        return work.get();
    }
}
