package org.parallax.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that happened: who did what, to or with whom, when and where, as one or more
 * articles report it. The same event reported by several articles is one event with several
 * pieces of evidence.
 *
 * @param id           unique in the analysis ({@code v<n>})
 * @param date         the date most reports agree on, as a TIMEX3 value, if any
 * @param dates        every date any report gives it (they may differ)
 * @param summary      a short extractive description (words from the evidence)
 * @param participants ids of the {@link Entity}s involved
 * @param place        the id of the place it happened, if the text says
 * @param evidence     the sentences that report it, in every article
 * @param mentions     the trigger words that report it ("met", "the call"), in every article, each with its own date;
 *                     several events may have mentions in one sentence
 */
public record Event(String id, Optional<String> date, List<EventDate> dates, String summary, List<String> participants,
        Optional<String> place, List<Evidence> evidence, List<ArticleEventMention> mentions) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        dates = List.copyOf(dates);
        Objects.requireNonNull(summary, "summary");
        participants = List.copyOf(participants);
        Objects.requireNonNull(place, "place");
        evidence = List.copyOf(evidence);
        mentions = List.copyOf(mentions);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("event " + id + " has no evidence");
        }
    }

    /** An event whose trigger words are not known, only its sentences. */
    public Event(String id, Optional<String> date, List<EventDate> dates, String summary, List<String> participants,
            Optional<String> place, List<Evidence> evidence) {
        this(id, date, dates, summary, participants, place, evidence, List.of());
    }
}
