package org.parallax.pipeline;

import java.util.List;
import java.util.function.Consumer;
import org.parallax.model.Article;

/**
 * Articles handed over one at a time, so that a caller need not hold them all: the articles read
 * from inputs ({@link #of(List)}), or a store's current articles
 * ({@code each -> store.forEachArticle(stored -> each.accept(stored.analyzed().article()))}).
 */
@FunctionalInterface
public interface ArticleSource {

    /** Gives every article to {@code each}, in a stable order, each once. */
    void forEach(Consumer<Article> each);

    /** The articles of a list, in its order. */
    static ArticleSource of(List<Article> articles) {
        List<Article> copy = List.copyOf(articles);
        return copy::forEach;
    }
}
