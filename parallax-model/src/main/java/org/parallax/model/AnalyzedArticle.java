package org.parallax.model;

import java.util.Objects;

/** An article with what the language layer found in it; every annotation's span lies inside its text. */
public record AnalyzedArticle(Article article, Annotations annotations) {

    public AnalyzedArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(annotations, "annotations");
        int length = article.text().length();
        for (Span span : annotations.spans()) {
            if (span.end() > length) {
                throw new IllegalArgumentException("article " + article.id() + ": annotation " + span
                        + " lies outside its text of " + length + " characters");
            }
        }
    }

    /** An article the language layer has not (yet) annotated. */
    public static AnalyzedArticle unannotated(Article article) {
        return new AnalyzedArticle(article, Annotations.empty());
    }
}
