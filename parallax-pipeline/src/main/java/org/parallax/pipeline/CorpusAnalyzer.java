package org.parallax.pipeline;

import java.util.List;
import org.parallax.crossarticle.CrossArticleListener;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.CrossArticle;

/**
 * The cross-article layer as the pipeline calls it: every article of a corpus in, one account of
 * them out. {@code CrossArticleAnalyzer.standard()::analyze} is the standard one.
 */
@FunctionalInterface
public interface CorpusAnalyzer {

    CrossArticle analyze(List<AnalyzedArticle> articles, CrossArticleListener listener);
}
