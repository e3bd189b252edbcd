package org.parallax.crossarticle.events;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.Quote;
import org.parallax.model.QuoteKind;
import org.parallax.model.Span;

/**
 * The core of a sentence that reports something: what is reported, without who reports it.
 *
 * <p>When the language layer found reported speech in the sentence, its reported clause is the
 * core. Otherwise two patterns strip an attribution: a leading one ending in "that" ("Koren said
 * on Sunday that ...", "X told reporters that ...") and a trailing one (", a statement from the
 * Kremlin said."). A core is only taken when it holds the anchor (the time expression that dates
 * the event): a date in the attribution ("said on Sunday") dates the saying, and then the whole
 * sentence is the report of a statement. Hand-written because no library on the classpath finds
 * attributions; the patterns are those of news English, not of any one article.
 */
final class SentenceCore {

    private static final String REPORTING = "said|says|told|added|confirmed|reported|announced|stated|warned|claimed"
            + "|insisted|noted|wrote|explained|revealed|suggested";

    private static final Pattern LEADING = Pattern.compile(
            "^[^.;:“\"]{0,120}?\\b(?:" + REPORTING + ")\\b[^.;:“\"]{0,50}?\\bthat\\s+");

    private static final Pattern TRAILING = Pattern.compile(
            ",\\s*[^,;“\"”]{1,80}?\\b(?:" + REPORTING + ")(?:\\s+on\\s+\\w+)?\\s*[.!]?\\s*$");

    private SentenceCore() {
    }

    /** The core of {@code sentence} holding {@code anchor}: a span inside the sentence. */
    static Span of(String text, Span sentence, Span anchor, List<Quote> quotes) {
        for (Quote quote : quotes) {
            for (Span piece : quote.pieces()) {
                if (quote.kind() != QuoteKind.DIRECT && sentence.contains(piece) && piece.contains(anchor)) {
                    return piece;
                }
            }
        }
        String covered = sentence.coveredText(text);
        int begin = sentence.begin();
        int end = sentence.end();
        Matcher leading = LEADING.matcher(covered);
        if (leading.find() && sentence.begin() + leading.end() <= anchor.begin()) {
            begin = sentence.begin() + leading.end();
        }
        Matcher trailing = TRAILING.matcher(covered);
        if (trailing.find() && sentence.begin() + trailing.start() >= anchor.end()
                && sentence.begin() + trailing.start() > begin) {
            end = sentence.begin() + trailing.start();
        }
        return new Span(begin, end);
    }
}
