package org.parallax.ingest;

import org.parallax.model.Article;
import org.parallax.model.EmbeddedPost;
import org.parallax.model.RemovedText;
import org.parallax.testing.GoldenFile;

/**
 * Golden files for articles: metadata one field per line, then one span per line
 * ({@code [10,18) EMBEDDED_POST "..."}). Run the tests with {@code -Dparallax.updateGolden=true}
 * to rewrite them after a deliberate change, then review the diff.
 */
public final class Golden {

    private Golden() {
    }

    public static String render(Article article) {
        StringBuilder out = new StringBuilder();
        out.append("source: ").append(article.source()).append('\n');
        out.append("format: ").append(article.format()).append('\n');
        out.append("title: ").append(article.title().map(Golden::quote).orElse("-")).append('\n');
        out.append("subtitle: ").append(article.subtitle().map(Golden::quote).orElse("-")).append('\n');
        out.append("outlet: ").append(article.outlet().orElse("-")).append('\n');
        out.append("url: ").append(article.url().orElse("-")).append('\n');
        out.append("authors: ").append(article.authors()).append('\n');
        out.append("published: ").append(article.published().map(Object::toString).orElse("-"))
                .append(" (").append(article.publishedFrom()).append(")\n");
        out.append("text: ").append(article.text().length()).append(" characters, starts ")
                .append(quote(article.text().substring(0, Math.min(60, article.text().length())))).append('\n');
        for (EmbeddedPost post : article.embeddedPosts()) {
            out.append(post.span()).append(" EMBEDDED_POST ").append(quote(post.span().coveredText(article.text())))
                    .append(" author=").append(post.author().orElse("-"))
                    .append(" published=").append(post.published().map(Object::toString).orElse("-"))
                    .append(" url=").append(post.url().orElse("-")).append('\n');
        }
        for (RemovedText removed : article.removed()) {
            out.append("removed ").append(removed.reason()).append(' ').append(quote(removed.text())).append('\n');
        }
        return out.toString();
    }

    /** Compares with, or with {@code -Dparallax.updateGolden=true} rewrites, a golden file under src/test/resources/golden. */
    public static void assertMatches(String actual, String name) {
        GoldenFile.assertMatches(actual, name);
    }

    static String quote(String text) {
        return GoldenFile.quoted(text);
    }
}
