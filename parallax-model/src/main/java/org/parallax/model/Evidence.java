package org.parallax.model;

import java.util.Objects;

/**
 * A pointer to the exact characters of one article that support a statement of the analysis.
 *
 * @param article the id of the article
 * @param span    the characters in that article's text
 */
public record Evidence(String article, Span span) {

    public Evidence {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(span, "span");
    }
}
