package org.parallax.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.parallax.model.Annotations;
import org.parallax.model.Article;
import org.parallax.model.ArticleEntity;
import org.parallax.model.Quote;

/** An article's quotes grouped by speaker, each linking to its place in the text. */
final class QuoteTable {

    private QuoteTable() {
    }

    static void render(Article article, Annotations annotations, Element section) {
        Map<String, ArticleEntity> entities = AnnotationHighlights.entitiesById(annotations);
        Map<String, List<Integer>> bySpeaker = new LinkedHashMap<>();
        List<Quote> quotes = annotations.quotes();
        for (int i = 0; i < quotes.size(); i++) {
            bySpeaker.computeIfAbsent(speakerName(quotes.get(i), article, entities), key -> new ArrayList<>()).add(i);
        }
        Element details = section.appendElement("details").addClass("quotes").attr("open", "");
        details.appendElement("summary").text("Who said what (" + quotes.size() + (quotes.size() == 1 ? " quote)" : " quotes)"));
        Element table = details.appendElement("table");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String column : List.of("Speaker", "Kind", "What was said", "Cue")) {
            head.appendElement("th").text(column);
        }
        Element rows = table.appendElement("tbody");
        for (Map.Entry<String, List<Integer>> entry : bySpeaker.entrySet()) {
            boolean first = true;
            for (int index : entry.getValue()) {
                Quote quote = quotes.get(index);
                Element row = rows.appendElement("tr");
                Element speaker = row.appendElement("td");
                if (first) {
                    speaker.text(entry.getKey());
                    first = false;
                }
                row.appendElement("td").text(quote.kind().name().toLowerCase(Locale.ROOT));
                row.appendElement("td").appendElement("a")
                        .attr("href", "#" + AnnotationHighlights.quoteAnchor(article, index))
                        .text(quote.piecesText(article.text()));
                row.appendElement("td").text(quote.cue().map(cue -> cue.coveredText(article.text())).orElse("—")
                        + quote.addressee().map(to -> " → " + to.coveredText(article.text())).orElse(""));
            }
        }
    }

    /** The speaker as a reader should see it: the entity's name, else the words at the cue, else "unknown". */
    static String speakerName(Quote quote, Article article, Map<String, ArticleEntity> entities) {
        return quote.speaker()
                .map(speaker -> speaker.entity().map(entities::get).map(ArticleEntity::name)
                        .orElse(speaker.span().coveredText(article.text())))
                .orElse("unknown speaker");
    }
}
