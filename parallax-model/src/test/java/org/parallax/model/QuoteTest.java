package org.parallax.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 9, "Who said what": a quote of several pieces (an interrupted quotation) and its validation. */
class QuoteTest {

    private static final String TEXT = "“I was shaking my head,” Eric Trump said. “It made no sense.”";
    private static final Span FIRST = new Span(1, 23);
    private static final Span SECOND = new Span(43, 60);

    private static Quote quote(Span span, List<Span> pieces) {
        return new Quote(span, QuoteKind.DIRECT, Optional.of(new Span(36, 40)), Optional.empty(), Optional.empty(), pieces);
    }

    @Test
    void aQuoteOfOnePieceIsItsSpan() {
        Quote quote = new Quote(FIRST, QuoteKind.DIRECT, Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(quote.pieces()).containsExactly(FIRST);
        assertThat(quote.interrupted()).isFalse();
        assertThat(quote.piecesText(TEXT)).isEqualTo("I was shaking my head,");
    }

    @Test
    void anInterruptedQuotationHoldsItsPiecesAndItsExtent() {
        Quote quote = Quote.ofPieces(List.of(FIRST, SECOND), QuoteKind.DIRECT, Optional.empty(), Optional.empty(),
                Optional.empty());
        assertThat(quote.span()).isEqualTo(new Span(1, 60));
        assertThat(quote.interrupted()).isTrue();
        assertThat(quote.piecesText(TEXT)).isEqualTo("I was shaking my head, … It made no sense.");
        Span saidWords = new Span(25, 40);
        assertThat(quote.span().overlaps(saidWords)).isTrue();
        assertThat(quote.overlapsPieces(saidWords)).as("the words between the pieces are not the quote's").isFalse();
        assertThat(quote.piecesContain(new Span(44, 46))).isTrue();
        assertThat(quote.piecesContain(new Span(20, 45))).isFalse();
        assertThat(quote.withSpeaker(Optional.of(new Speaker(new Span(25, 35), Optional.empty(), SpeakerResolution.NAME)))
                .pieces()).containsExactly(FIRST, SECOND);
    }

    @Test
    void aRecordStoredBeforePiecesReadsAsOnePiece() {
        assertThat(quote(FIRST, null).pieces()).containsExactly(FIRST);
    }

    @Test
    void piecesOutOfOrderOverlappingOrTouchingAreRefused() {
        assertThatThrownBy(() -> quote(new Span(1, 60), List.of(SECOND, FIRST))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("out of order");
        assertThatThrownBy(() -> quote(new Span(1, 60), List.of(new Span(1, 45), SECOND)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> quote(new Span(1, 60), List.of(new Span(1, 43), SECOND)))
                .as("touching pieces are one piece").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> quote(new Span(1, 60), List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSpanMustBeThePiecesExtent() {
        assertThatThrownBy(() -> quote(new Span(0, 60), List.of(FIRST, SECOND))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("extent");
        assertThatThrownBy(() -> quote(FIRST, List.of(FIRST, SECOND))).isInstanceOf(IllegalArgumentException.class);
    }
}
