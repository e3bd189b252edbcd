package org.parallax.language.time;

import java.util.Objects;
import java.util.function.Function;
import org.parallax.model.Article;
import org.parallax.model.EmbeddedPost;
import org.parallax.model.Span;
import org.parallax.model.TimeReference;

/**
 * The reference date for a time expression in an article: the date of the embedded post it stands
 * inside (a tweet's "on Sunday" is the Sunday before the tweet), else the article's publication
 * date, else {@link TimeReference#none()}. A post without a date of its own falls back to the
 * article's.
 */
public final class ArticleTimeReferences implements Function<Span, TimeReference> {

    private final Article article;
    private final TimeReference publication;

    public ArticleTimeReferences(Article article) {
        this.article = Objects.requireNonNull(article, "article");
        this.publication = article.published().map(TimeReference::publication).orElse(TimeReference.none());
    }

    @Override
    public TimeReference apply(Span span) {
        for (EmbeddedPost post : article.embeddedPosts()) {
            if (post.span().contains(span) && post.published().isPresent()) {
                return TimeReference.embeddedPost(post.published().get());
            }
        }
        return publication;
    }
}
