package org.parallax.crossarticle.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parallax.model.CalendarValue;
import org.parallax.model.EventDating;
import org.parallax.model.EventMention;
import org.parallax.model.Evidence;

/**
 * One sentence's report of an event, before reports are merged across articles.
 *
 * @param article      the article's id
 * @param order        the article's position in the input, to order reports stably
 * @param published    the article's publication date, if known
 * @param sentence     the sentence, as evidence
 * @param summary      what happened in the article's words: the sentence without a trailing attribution when
 *                     the event is told from the sentence's start, else the whole sentence (a reported
 *                     clause alone, "to host talks ...", does not say who did it)
 * @param date         the date the report gives
 * @param dateEvidence the time expression that gives it
 * @param participants resolved ids of the entities named in the core, in text order; reports are matched on these
 * @param cast         the participants and whoever the sentence says the event's report comes from (the speaker of
 *                     "Bennett said in the call that ..."), in text order
 * @param place        the resolved id of the place it happened, when the sentence says ("in Kiev")
 * @param words        content stems of the core, without names and time expressions
 * @param mentions     the trigger words of the sentence that report this event, each with its own date (empty when the
 *                     language layer found no event mentions)
 */
public record EventCandidate(String article, int order, Optional<LocalDate> published, Evidence sentence, String summary,
        CalendarValue date, Evidence dateEvidence, List<String> participants, List<String> cast, Optional<String> place,
        Set<String> words, List<EventMention> mentions) {

    public EventCandidate {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(dateEvidence, "dateEvidence");
        participants = List.copyOf(participants);
        cast = List.copyOf(cast);
        Objects.requireNonNull(place, "place");
        words = Set.copyOf(words);
        mentions = List.copyOf(mentions);
        if (participants.isEmpty()) {
            throw new IllegalArgumentException("an event report needs a participant");
        }
        if (!cast.containsAll(participants)) {
            throw new IllegalArgumentException("the cast must hold the participants");
        }
    }

    /**
     * This report, dated as {@code other} dates its event: for a report that refers back to it ("the call"); its
     * mentions are then dated by reference to the other's time expression.
     */
    EventCandidate datedAs(EventCandidate other) {
        EventDating reference = EventDating.reference(other.date.value(), other.dateEvidence.span());
        List<EventMention> referring = mentions.stream()
                .map(mention -> mention.withDating(reference)).toList();
        return new EventCandidate(article, order, published, sentence, summary, other.date, other.dateEvidence, participants, cast,
                place, words, referring);
    }
}
