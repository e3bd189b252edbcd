package org.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.parallax.model.Analysis;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Annotations;
import org.parallax.model.Article;
import org.parallax.model.ArticleEntity;
import org.parallax.model.DateSource;
import org.parallax.model.EntityType;
import org.parallax.model.InputFormat;
import org.parallax.model.Mention;
import org.parallax.model.Quote;
import org.parallax.model.QuoteKind;
import org.parallax.model.Span;
import org.parallax.model.Speaker;
import org.parallax.model.SpeakerResolution;

/**
 * Issue 9, "Who said what": an interrupted quotation is one quote of two pieces (a paragraph of a PolNeAR train
 * article, West Journal, 2016); analysis.json lists its pieces (format 4.1), the HTML report highlights each piece and
 * not the words between, and its table of quotes shows the pieces' words.
 */
class Issue9InterruptedQuoteReportTest {

    private static final String TEXT = "“I was shaking my head,” Eric Trump said. “It made no sense. Was that not the most "
            + "hypocritical statement in the history of statements?”";

    private static Span span(String words) {
        int begin = TEXT.indexOf(words);
        return new Span(begin, begin + words.length());
    }

    private static final Span FIRST = span("I was shaking my head,");
    private static final Span SECOND = span("It made no sense. Was that not the most hypocritical statement in the history of statements?");

    private static Analysis analysis() {
        Article article = new Article("a1", "west-journal.txt", InputFormat.TEXT, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of("West Journal"), List.of(), Optional.empty(), DateSource.NONE, Optional.empty(),
                TEXT, List.of(), List.of());
        Quote quote = Quote.ofPieces(List.of(FIRST, SECOND), QuoteKind.DIRECT, Optional.of(span("said")),
                Optional.of(new Speaker(span("Eric Trump"), Optional.of("a1/e1"), SpeakerResolution.NAME)), Optional.empty());
        Annotations annotations = new Annotations(List.of(new Mention(span("Eric Trump"), EntityType.PERSON, Optional.of("a1/e1"))),
                List.of(), List.of(quote), List.of(new ArticleEntity("a1/e1", "Eric Trump", EntityType.PERSON, List.of(), List.of())));
        return new Analysis(List.of(new AnalyzedArticle(article, annotations)), List.of(), List.of(), 1);
    }

    @Test
    void analysisJsonListsThePiecesAndKeepsTheExtent() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AnalysisJsonWriter().write(analysis(), out);
        JsonNode root = new ObjectMapper().readTree(out.toByteArray());
        assertThat(root.get("version").asText()).isEqualTo("4.1");
        JsonNode quote = root.at("/articles/0/quotes/0");
        assertThat(quote.get("begin").asInt()).isEqualTo(FIRST.begin());
        assertThat(quote.get("end").asInt()).isEqualTo(SECOND.end());
        assertThat(quote.get("pieces")).hasSize(2);
        assertThat(quote.at("/pieces/0/begin").asInt()).isEqualTo(FIRST.begin());
        assertThat(quote.at("/pieces/0/end").asInt()).isEqualTo(FIRST.end());
        assertThat(quote.at("/pieces/1/begin").asInt()).isEqualTo(SECOND.begin());
        assertThat(quote.at("/pieces/1/end").asInt()).isEqualTo(SECOND.end());
    }

    @Test
    void aQuoteOfOnePieceHasNoPiecesField() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AnalysisJsonWriter().write(SampleAnalysis.build(), out);
        for (JsonNode quote : new ObjectMapper().readTree(out.toByteArray()).at("/articles/0/quotes")) {
            assertThat(quote.has("pieces")).isFalse();
        }
    }

    @Test
    void theReportHighlightsEachPieceAndListsTheirWords() {
        Analysis analysis = analysis();
        Document page = new HtmlReportWriter().renderArticle(analysis, analysis.articles().get(0));
        List<Element> marks = page.select("p[data-begin] mark.quote-direct");
        assertThat(marks).extracting(Element::text).containsExactly("I was shaking my head,",
                "It made no sense. Was that not the most hypocritical statement in the history of statements?");
        assertThat(marks.get(0).id()).as("the quote's anchor is on its first piece").isNotEmpty();
        assertThat(marks.get(1).id()).isEmpty();
        Element row = page.selectFirst("details.quotes table tbody tr");
        assertThat(row.text()).contains("I was shaking my head, … It made no sense.").doesNotContain("Eric Trump said");
    }
}
