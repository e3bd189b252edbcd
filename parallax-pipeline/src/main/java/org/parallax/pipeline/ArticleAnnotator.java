package org.parallax.pipeline;

import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Article;

/**
 * The language layer as the pipeline calls it: one article in, the article with its annotations
 * out; thread-safe. {@code LanguagePipelines.standard()::annotate} is the standard one.
 */
@FunctionalInterface
public interface ArticleAnnotator {

    AnalyzedArticle annotate(Article article);
}
