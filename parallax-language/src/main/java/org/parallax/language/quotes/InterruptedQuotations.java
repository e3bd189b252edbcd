package org.parallax.language.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parallax.model.Quote;
import org.parallax.model.QuoteKind;
import org.parallax.model.Span;
import org.parallax.model.Speaker;
import org.parallax.model.SpeakerResolution;

/**
 * Joins the quotes that share one cue and one speaker into one quote of several pieces: an interrupted quotation
 * ("“A,” he said. “B.”", "“A,” he said, “B.”") is one thing said, as PolNeAR annotates it (one discontinuous
 * content), not two. The quotes a frame's content gives (each of its quotations) and the quotations carried on from
 * it ({@link SpeakerResolution#PREVIOUS_QUOTE}) share its cue and speaker words.
 *
 * <ul>
 *   <li>The pieces are the quotes' spans in text order; spans that overlap or touch become one piece.</li>
 *   <li>The kind is the quotes' kind when they all have one, else {@link QuoteKind#MIXED}.</li>
 *   <li>The speaker is the first one resolved at the cue itself (not carried on from a previous quote), else the
 *       first quote's; the addressee the first one given.</li>
 *   <li>Quotes without a cue (long unattributed quotations) are never joined.</li>
 * </ul>
 */
final class InterruptedQuotations {

    private InterruptedQuotations() {
    }

    /** {@code quotes} (in text order) with those sharing a cue and speaker joined; the result is in text order. */
    static List<Quote> join(List<Quote> quotes) {
        Map<String, List<Quote>> groups = new LinkedHashMap<>();
        for (Quote quote : quotes) {
            String key = quote.cue().map(cue -> cue + "|" + quote.speaker().map(Speaker::span).map(Span::toString).orElse(""))
                    .orElse("no cue " + groups.size());
            groups.computeIfAbsent(key, unused -> new ArrayList<>()).add(quote);
        }
        if (groups.size() == quotes.size()) {
            return quotes;
        }
        List<Quote> joined = new ArrayList<>(groups.size());
        for (List<Quote> group : groups.values()) {
            joined.add(group.size() == 1 ? group.get(0) : joined(group));
        }
        joined.sort(Comparator.comparing(Quote::span));
        return joined;
    }

    private static Quote joined(List<Quote> group) {
        List<Span> spans = new ArrayList<>();
        group.forEach(quote -> spans.addAll(quote.pieces()));
        spans.sort(Comparator.naturalOrder());
        List<Span> pieces = new ArrayList<>();
        for (Span span : spans) {
            Span last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
            if (last != null && span.begin() <= last.end()) {
                pieces.set(pieces.size() - 1, new Span(last.begin(), Math.max(last.end(), span.end())));
            } else {
                pieces.add(span);
            }
        }
        QuoteKind kind = group.stream().map(Quote::kind).distinct().count() == 1 ? group.get(0).kind() : QuoteKind.MIXED;
        Optional<Speaker> speaker = group.stream().map(Quote::speaker).flatMap(Optional::stream)
                .filter(value -> value.resolution() != SpeakerResolution.PREVIOUS_QUOTE).findFirst()
                .or(() -> group.get(0).speaker());
        Optional<Span> addressee = group.stream().map(Quote::addressee).flatMap(Optional::stream).findFirst();
        return Quote.ofPieces(pieces, kind, group.get(0).cue(), speaker, addressee);
    }
}
