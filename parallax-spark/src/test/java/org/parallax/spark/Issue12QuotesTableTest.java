package org.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Annotations;
import org.parallax.model.Article;
import org.parallax.model.DateSource;
import org.parallax.model.InputFormat;
import org.parallax.model.Quote;
import org.parallax.model.QuoteKind;
import org.parallax.model.Span;

/**
 * Issue 12: the Parquet quotes table writes an interrupted quotation as {@code analysis.json} does (format 4.1): its
 * overall extent, what was said without the words between the pieces, and each piece; a quote of one piece has no
 * pieces.
 */
class Issue12QuotesTableTest {

    @Test
    void issue12AnInterruptedQuotationIsWrittenPieceByPiece() {
        String text = "\u201cWe will not mediate,\u201d he said. \u201cNot now.\u201d And Bennett said talks were over.";
        int first = text.indexOf("We");
        int second = text.indexOf("Not now.");
        int reported = text.indexOf("talks");
        Quote interrupted = Quote.ofPieces(List.of(new Span(first, first + "We will not mediate,".length()),
                new Span(second, second + "Not now.".length())), QuoteKind.DIRECT, Optional.empty(), Optional.empty(),
                Optional.empty());
        Quote whole = new Quote(new Span(reported, text.length() - 1), QuoteKind.INDIRECT, Optional.empty(), Optional.empty(),
                Optional.empty());
        Article article = new Article("a1", "a1.txt", InputFormat.TEXT, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), Optional.empty(), DateSource.NONE, Optional.empty(), text, List.of(), List.of());
        AnalyzedArticle analyzed = new AnalyzedArticle(article,
                new Annotations(List.of(), List.of(), List.of(interrupted, whole), List.of(), List.of()));

        List<Row> rows = Tables.quotes(analyzed, Map.of());

        Row interruptedRow = rows.get(0);
        assertThat(interruptedRow.getInt(Tables.QUOTES.fieldIndex("begin"))).isEqualTo(first);
        assertThat(interruptedRow.getInt(Tables.QUOTES.fieldIndex("end"))).isEqualTo(second + "Not now.".length());
        assertThat(interruptedRow.getString(Tables.QUOTES.fieldIndex("text"))).isEqualTo("We will not mediate, \u2026 Not now.");
        Row[] pieces = (Row[]) interruptedRow.get(Tables.QUOTES.fieldIndex("pieces"));
        assertThat(pieces).hasSize(2);
        assertThat(pieces[1].getInt(0)).isEqualTo(second);
        assertThat(pieces[1].getString(2)).isEqualTo("Not now.");
        Row wholeRow = rows.get(1);
        assertThat(wholeRow.getString(Tables.QUOTES.fieldIndex("text"))).isEqualTo("talks were over");
        assertThat(wholeRow.isNullAt(Tables.QUOTES.fieldIndex("pieces"))).isTrue();
    }
}
