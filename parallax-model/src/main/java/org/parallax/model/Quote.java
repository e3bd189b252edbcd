package org.parallax.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Something an article reports somebody said, wrote or holds.
 *
 * <p>What was said may come in several pieces: an interrupted quotation ("“A,” he said. “B.”") is one quote of
 * two pieces, the words between them ("he said") being no part of it. {@code span} is always the overall extent,
 * from the first piece's beginning to the last one's end, for readers that need one range (the quote's place in
 * the article, its sentence); readers of the words themselves read {@code pieces}.
 *
 * @param span      the overall extent of what was said: for a direct quote, inside the quotation marks; for reported
 *                  speech, the reported clause ("Israel will not be able to mediate ..."); with several pieces, from
 *                  the first piece's beginning to the last one's end
 * @param kind      direct, indirect or mixed
 * @param cue       the words that report it ("said", "told KAN", "according to", "warned")
 * @param speaker   who said it, when the text says
 * @param addressee to whom or where it was said ("KAN", "Israeli reporters"), when the text says
 * @param pieces    what was said, as half-open spans in text order that neither overlap nor touch; a single piece
 *                  equals {@code span}. A {@code null} list (a record stored before pieces existed) reads as the
 *                  one piece {@code span}
 */
public record Quote(Span span, QuoteKind kind, Optional<Span> cue, Optional<Speaker> speaker, Optional<Span> addressee,
        List<Span> pieces) {

    public Quote {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(addressee, "addressee");
        pieces = pieces == null ? List.of(span) : List.copyOf(pieces);
        if (pieces.isEmpty()) {
            throw new IllegalArgumentException("a quote needs at least one piece");
        }
        for (int i = 1; i < pieces.size(); i++) {
            if (pieces.get(i).begin() <= pieces.get(i - 1).end()) {
                throw new IllegalArgumentException("quote pieces " + pieces.get(i - 1) + " and " + pieces.get(i)
                        + " are out of order, overlap or touch");
            }
        }
        if (pieces.get(0).begin() != span.begin() || pieces.get(pieces.size() - 1).end() != span.end()) {
            throw new IllegalArgumentException("quote span " + span + " is not the extent of its pieces " + pieces);
        }
    }

    /** A quote of one piece, {@code span}. */
    public Quote(Span span, QuoteKind kind, Optional<Span> cue, Optional<Speaker> speaker, Optional<Span> addressee) {
        this(span, kind, cue, speaker, addressee, List.of(span));
    }

    /**
     * A quote of the given pieces (in text order, neither overlapping nor touching), its span their overall extent.
     */
    public static Quote ofPieces(List<Span> pieces, QuoteKind kind, Optional<Span> cue, Optional<Speaker> speaker,
            Optional<Span> addressee) {
        if (pieces.isEmpty()) {
            throw new IllegalArgumentException("a quote needs at least one piece");
        }
        Span extent = new Span(pieces.get(0).begin(), pieces.get(pieces.size() - 1).end());
        return new Quote(extent, kind, cue, speaker, addressee, pieces);
    }

    /** Whether what was said comes in more than one piece (an interrupted quotation). */
    public boolean interrupted() {
        return pieces.size() > 1;
    }

    /** Whether one of the pieces overlaps {@code other} (the words between pieces are not the quote's). */
    public boolean overlapsPieces(Span other) {
        return pieces.stream().anyMatch(piece -> piece.overlaps(other));
    }

    /** Whether one piece contains {@code other} whole. */
    public boolean piecesContain(Span other) {
        return pieces.stream().anyMatch(piece -> piece.contains(other));
    }

    /** The same quote with another speaker. */
    public Quote withSpeaker(Optional<Speaker> other) {
        return new Quote(span, kind, cue, other, addressee, pieces);
    }

    /** What stands between two pieces where a quote's words are shown as one string ({@link #piecesText}). */
    public static final String PIECE_SEPARATOR = " … ";

    /** The words of each piece in {@code text}, joined by {@link #PIECE_SEPARATOR} (for one piece, just its words). */
    public String piecesText(String text) {
        return piecesText(text, PIECE_SEPARATOR);
    }

    /** The words of each piece in {@code text}, joined by {@code separator} (for one piece, just its words). */
    public String piecesText(String text, String separator) {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            words.append(i == 0 ? "" : separator).append(pieces.get(i).coveredText(text));
        }
        return words.toString();
    }
}
