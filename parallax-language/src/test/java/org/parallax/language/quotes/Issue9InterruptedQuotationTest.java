package org.parallax.language.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.language.quotes.QuoteAnalysis.analyze;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.language.quotes.QuoteAnalysis.Found;
import org.parallax.model.Quote;
import org.parallax.model.QuoteKind;
import org.parallax.model.Span;
import org.parallax.model.SpeakerResolution;

/**
 * Issue 9, "Who said what": an interrupted quotation ("“A,” he said. “B.”", "“A,” he said, “B.”") is one quote of
 * several pieces, as PolNeAR annotates it (one discontinuous content), not one quote per quotation; the words
 * between the pieces are no part of it. Paragraphs of PolNeAR train articles (West Journal, Politico, 2015-2016),
 * where the second piece, scored as an attribution of its own, covered less than half of the gold content: the
 * largest class of our wrong DIRECT attributions on held-out train.
 */
class Issue9InterruptedQuotationTest {

    private static List<String> pieces(Found found, Quote quote) {
        return quote.pieces().stream().map(piece -> piece.coveredText(found.text())).toList();
    }

    @Test
    void aQuotationInterruptedBySpeakerAndCueWithinOneSentenceIsOneQuote() {
        Found found = analyze("Carson concluded by admonishing journalists who cannot put their personal ideology aside.\n\n"
                + "“We have to start treating people the same,” he said, “and finding out what people really think and what "
                + "they’re made of.”");
        Quote quote = found.quoteContaining("treating people the same");
        assertThat(pieces(found, quote)).containsExactly("We have to start treating people the same,",
                "and finding out what people really think and what they’re made of.");
        assertThat(quote.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(found.cue(quote)).isEqualTo("said");
        assertThat(found.speakerWords(quote)).isEqualTo("he");
        assertThat(found.quotes()).as("no second quote of the second piece")
                .filteredOn(each -> each.overlapsPieces(quote.pieces().get(1))).containsExactly(quote);
        assertThat(quote.span()).isEqualTo(new Span(quote.pieces().get(0).begin(), quote.pieces().get(1).end()));
        assertThat(quote.piecesText(found.text())).doesNotContain("he said");
    }

    @Test
    void aQuotationCarriedOnInTheNextSentenceJoinsItsQuote() {
        Found found = analyze("“I was shaking my head,” Eric Trump said. “It made no sense. Was that not the most "
                + "hypocritical statement in the history of statements?”");
        Quote quote = found.quoteContaining("shaking my head");
        assertThat(pieces(found, quote)).containsExactly("I was shaking my head,",
                "It made no sense. Was that not the most hypocritical statement in the history of statements?");
        assertThat(found.speakerWords(quote)).isEqualTo("Eric Trump");
        assertThat(quote.speaker().get().resolution()).as("the speaker named at the cue, not the carried-on one")
                .isEqualTo(SpeakerResolution.NAME);
        assertThat(found.speakerName(quote)).isEqualTo("Eric Trump");
        assertThat(found.quotes()).hasSize(1);
    }

    @Test
    void aSpeakerWithAnAsideBetweenThePieces() {
        Found found = analyze("“She has two opportunities now to set expectations for a rate hike in December,” said Megan "
                + "Greene, chief economist at Manulife. “And Fed members have been tripping all over themselves to say they "
                + "would like to normalize policy. They have been laying down sign posts everywhere.”");
        Quote quote = found.quoteContaining("two opportunities");
        assertThat(quote.pieces()).hasSize(2);
        assertThat(found.quoteContaining("sign posts everywhere")).isEqualTo(quote);
        assertThat(found.speakerWords(quote)).startsWith("Megan Greene");
        assertThat(quote.piecesText(found.text())).doesNotContain("Manulife");
    }

    @Test
    void quotationsOfTwoSpeakersStayTwoQuotes() {
        Found found = analyze("“I was shaking my head,” Eric Trump said. “We have to start treating people the same,” "
                + "Ben Carson said.");
        Quote eric = found.quoteContaining("shaking my head");
        Quote ben = found.quoteContaining("treating people the same");
        assertThat(eric).isNotEqualTo(ben);
        assertThat(eric.pieces()).hasSize(1);
        assertThat(ben.pieces()).hasSize(1);
    }
}
