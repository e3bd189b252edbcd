package org.parallax.evaluation.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One TimeML document: the text of its {@code <TEXT>} element with the tags stripped, its
 * creation time, and its gold time expressions with offsets into that text. The creation-time
 * timex itself is metadata and not among the gold expressions.
 *
 * @param id           the file name without {@code .tml}
 * @param corpus       the folder it came from ({@code TimeBank}, {@code AQUAINT})
 * @param creationDate the document creation time (DCT), used as the publication date
 * @param text         the text
 * @param timexes      the gold expressions, in text order
 * @param events       the gold events, in text order, with the time expressions TLINKs tie them to
 */
public record TimeMlDocument(String id, String corpus, LocalDate creationDate, String text, List<TimexMention> timexes,
        List<GoldEvent> events) {

    public TimeMlDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(creationDate, "creationDate");
        Objects.requireNonNull(text, "text");
        timexes = List.copyOf(timexes);
        events = List.copyOf(events);
        for (TimexMention timex : timexes) {
            if (timex.span().end() > text.length()) {
                throw new IllegalArgumentException(id + ": timex " + timex.span() + " lies outside the text");
            }
        }
    }

    /** A document read for its time expressions only. */
    public TimeMlDocument(String id, String corpus, LocalDate creationDate, String text, List<TimexMention> timexes) {
        this(id, corpus, creationDate, text, timexes, List.of());
    }
}
