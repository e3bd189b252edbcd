package org.parallax.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.model.Annotations;
import org.parallax.model.Article;
import org.parallax.model.ArticleEntity;
import org.parallax.model.Mention;
import org.parallax.model.Quote;
import org.parallax.model.Span;
import org.parallax.model.Timex;

/** The language layer's annotations as highlights in the article text. */
final class AnnotationHighlights {

    private AnnotationHighlights() {
    }

    static List<AnnotatedTextRenderer.Highlight> of(Article article, Annotations annotations) {
        Map<String, ArticleEntity> entities = entitiesById(annotations);
        List<AnnotatedTextRenderer.Highlight> highlights = new ArrayList<>();
        List<Quote> quotes = annotations.quotes();
        for (int i = 0; i < quotes.size(); i++) {
            Quote quote = quotes.get(i);
            String speaker = QuoteTable.speakerName(quote, article, entities);
            String classes = "quote quote-" + quote.kind().name().toLowerCase(Locale.ROOT);
            String title = quote.kind().name().toLowerCase(Locale.ROOT) + " quote, speaker: " + speaker;
            // an interrupted quotation is highlighted piece by piece, the words between ("he said") left out; the
            // quote's anchor is on its first piece
            highlights.add(new AnnotatedTextRenderer.Highlight(quote.pieces().get(0), classes, title, quoteAnchor(article, i)));
            for (Span piece : quote.pieces().subList(1, quote.pieces().size())) {
                highlights.add(new AnnotatedTextRenderer.Highlight(piece, classes, title));
            }
            quote.cue().ifPresent(cue -> highlights.add(new AnnotatedTextRenderer.Highlight(cue, "cue", "cue")));
            quote.speaker().ifPresent(found -> highlights.add(new AnnotatedTextRenderer.Highlight(found.span(), "speaker",
                    "speaker: " + speaker + " (" + found.resolution().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")")));
        }
        for (Timex timex : annotations.timexes()) {
            highlights.add(new AnnotatedTextRenderer.Highlight(timex.span(), "timex",
                    timex.type() + " " + timex.value() + timex.reference().date().map(date -> ", read against "
                            + timex.reference().kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " date " + date)
                            .orElse(", no reference date")));
        }
        for (Mention mention : annotations.mentions()) {
            String title = mention.type().name() + mention.entity().map(entities::get).map(entity -> ": " + entity.name()).orElse("");
            highlights.add(new AnnotatedTextRenderer.Highlight(mention.span(),
                    "mention mention-" + mention.type().name().toLowerCase(Locale.ROOT).replace('_', '-'), title));
        }
        return highlights;
    }

    static String quoteAnchor(Article article, int index) {
        return article.id() + "-q" + (index + 1);
    }

    static Map<String, ArticleEntity> entitiesById(Annotations annotations) {
        Map<String, ArticleEntity> entities = new HashMap<>();
        annotations.entities().forEach(entity -> entities.put(entity.id(), entity));
        return entities;
    }
}
