package org.parallax.model;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

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

    /**
     * These annotations for {@code kept}, the article as a destination keeps it under an id of its
     * own ({@code ArticleDestination.admit}): the article's own entity ids ({@code <id>/e<n>}) in
     * mentions, speakers and entities become {@code <kept id>/e<n>}; every span must lie in
     * {@code kept}'s text, as the constructor checks.
     */
    public AnalyzedArticle renamedTo(Article kept) {
        Objects.requireNonNull(kept, "kept");
        if (kept.id().equals(article.id())) {
            return new AnalyzedArticle(kept, annotations);
        }
        String from = article.id() + "/";
        String to = kept.id() + "/";
        UnaryOperator<String> rename = id -> id.startsWith(from) ? to + id.substring(from.length()) : id;
        List<Mention> mentions = annotations.mentions().stream()
                .map(mention -> new Mention(mention.span(), mention.type(), mention.entity().map(rename))).toList();
        List<Quote> quotes = annotations.quotes().stream().map(quote -> quote.withSpeaker(
                quote.speaker().map(speaker -> new Speaker(speaker.span(), speaker.entity().map(rename), speaker.resolution()))))
                .toList();
        List<ArticleEntity> entities = annotations.entities().stream().map(entity -> new ArticleEntity(rename.apply(entity.id()),
                entity.name(), entity.type(), entity.aliases(), entity.roles())).toList();
        return new AnalyzedArticle(kept, new Annotations(mentions, annotations.timexes(), quotes, entities));
    }
}
