package org.parallax.model;

import java.util.Objects;

/**
 * One mention of an event in one article, as an {@link Event} keeps it across articles.
 *
 * @param article the id of the article
 * @param mention the trigger words with their date
 */
public record ArticleEventMention(String article, EventMention mention) {

    public ArticleEventMention {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(mention, "mention");
    }

    /** The trigger words as evidence. */
    public Evidence evidence() {
        return new Evidence(article, mention.span());
    }
}
