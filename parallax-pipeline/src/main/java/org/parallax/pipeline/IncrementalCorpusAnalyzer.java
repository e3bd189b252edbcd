package org.parallax.pipeline;

import java.util.List;
import java.util.function.Supplier;
import org.parallax.crossarticle.AccountChange;
import org.parallax.crossarticle.AccountView;
import org.parallax.crossarticle.ArticleLookup;
import org.parallax.crossarticle.CrossArticleAnalyzer;
import org.parallax.crossarticle.CrossArticleListener;
import org.parallax.crossarticle.stories.EmbeddingCache;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.CrossArticle;

/**
 * A cross-article layer that can also join new articles to an account kept earlier, recomputing
 * only what they touch ({@link CrossArticleAnalyzer#extend}); the pipeline uses it when its
 * destination keeps an account ({@link ArticleDestination#account()}).
 */
public interface IncrementalCorpusAnalyzer extends CorpusAnalyzer {

    /**
     * What joining {@code added} to the account {@code account} serves changes ({@link CrossArticleAnalyzer#extend(AccountView,
     * List, ArticleLookup, CrossArticleListener)}); {@code stored} reads the articles of the account.
     */
    AccountChange extend(AccountView account, List<AnalyzedArticle> added, ArticleLookup stored, CrossArticleListener listener);

    /** The pipeline's view of {@code analyzer}: whole corpora through {@code analyze}, additions through {@code extend}. */
    static IncrementalCorpusAnalyzer of(CrossArticleAnalyzer analyzer) {
        return new IncrementalCorpusAnalyzer() {
            @Override
            public CrossArticle analyze(List<AnalyzedArticle> articles, CrossArticleListener listener) {
                return analyzer.analyze(articles, listener);
            }

            @Override
            public AccountChange extend(AccountView account, List<AnalyzedArticle> added, ArticleLookup stored,
                    CrossArticleListener listener) {
                return analyzer.extend(account, added, stored, listener);
            }

            @Override
            public <T> T withEmbeddingCache(EmbeddingCache cache, Supplier<T> work) {
                return analyzer.withEmbeddingCache(cache, work);
            }
        };
    }
}
