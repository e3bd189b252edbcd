package org.parallax.pipeline;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.parallax.crossarticle.AccountChange;
import org.parallax.crossarticle.AccountView;
import org.parallax.crossarticle.stories.EmbeddingCache;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Article;
import org.parallax.model.CrossArticle;
import org.parallax.model.InputProblem;

/**
 * Where a pipeline run puts what it reads: a store, or memory. Called from one thread, in input order.
 */
public interface ArticleDestination {

    /**
     * Before the language layer: the article as the destination will keep it (perhaps under an id
     * of its own), or empty when it holds it already, so that it is not analysed again.
     */
    Optional<Article> admit(Article article);

    /** Keeps a batch of analysed articles and the problems met while reading and analysing them; durable on return. */
    void keep(List<AnalyzedArticle> articles, List<InputProblem> problems);

    /** Every article the cross-article layer is to read, once the last batch is kept. */
    List<AnalyzedArticle> corpus();

    /** Keeps the cross-article layer's account of {@link #corpus()}. */
    void keep(CrossArticle crossArticle);

    /**
     * The account kept before this run, when the cross-article layer may join this run's articles
     * to it instead of recomputing it over {@link #corpus()}; empty (the default) when there is none
     * or it must be recomputed (an article it covers was superseded).
     */
    default Optional<CrossArticle> account() {
        return Optional.empty();
    }

    /**
     * The account kept before this run as the cross-article layer's incremental step reads it, part by part
     * ({@link AccountView}), when the destination can serve it so and it may be extended (as for {@link #account()});
     * then the pipeline reads the account through it rather than whole, and keeps what changed with
     * {@link #keep(AccountChange)}. Empty by default.
     */
    default Optional<AccountView> accountView() {
        return Optional.empty();
    }

    /**
     * Keeps what joining this run's articles to the account {@link #accountView()} served changed. Only called
     * on a destination that served a view.
     *
     * @throws UnsupportedOperationException by default
     */
    default void keep(AccountChange change) {
        throw new UnsupportedOperationException("this destination serves no account view, so it keeps no change to one");
    }

    /**
     * Where the cross-article layer looks up the embeddings of texts it embedded before and keeps
     * the new ones (a store keeps them, so that an incremental ingest embeds only its own articles'
     * texts); none by default.
     */
    default EmbeddingCache embeddingCache() {
        return EmbeddingCache.NONE;
    }

    /** The kept analysed articles with these ids, in any order (the default reads {@link #corpus()}). */
    default List<AnalyzedArticle> articles(Collection<String> ids) {
        Set<String> wanted = new HashSet<>(ids);
        return corpus().stream().filter(article -> wanted.contains(article.article().id())).toList();
    }
}
