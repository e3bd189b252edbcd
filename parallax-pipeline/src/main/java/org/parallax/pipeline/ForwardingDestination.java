package org.parallax.pipeline;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parallax.crossarticle.AccountChange;
import org.parallax.crossarticle.AccountView;
import org.parallax.crossarticle.stories.EmbeddingCache;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Article;
import org.parallax.model.CrossArticle;
import org.parallax.model.InputProblem;

/**
 * A destination that hands every call to another, for destinations that watch or change a few of them (a
 * benchmark counting what a store's account view serves, a test remembering it) without restating the rest.
 */
public abstract class ForwardingDestination implements ArticleDestination {

    private final ArticleDestination delegate;

    protected ForwardingDestination(ArticleDestination delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** The destination every call goes to. */
    protected ArticleDestination delegate() {
        return delegate;
    }

    @Override
    public Optional<Article> admit(Article article) {
        return delegate.admit(article);
    }

    @Override
    public void keep(List<AnalyzedArticle> articles, List<InputProblem> problems) {
        delegate.keep(articles, problems);
    }

    @Override
    public List<AnalyzedArticle> corpus() {
        return delegate.corpus();
    }

    @Override
    public void keep(CrossArticle crossArticle) {
        delegate.keep(crossArticle);
    }

    @Override
    public Optional<CrossArticle> account() {
        return delegate.account();
    }

    @Override
    public Optional<AccountView> accountView() {
        return delegate.accountView();
    }

    @Override
    public void keep(AccountChange change) {
        delegate.keep(change);
    }

    @Override
    public EmbeddingCache embeddingCache() {
        return delegate.embeddingCache();
    }

    @Override
    public List<AnalyzedArticle> articles(Collection<String> ids) {
        return delegate.articles(ids);
    }
}
