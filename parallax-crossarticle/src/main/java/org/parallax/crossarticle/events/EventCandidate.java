package org.parallax.crossarticle.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parallax.model.Evidence;

/**
 * One sentence's report of an event, before reports are merged across articles.
 *
 * @param article      the article's id
 * @param order        the article's position in the input, to order reports stably
 * @param published    the article's publication date, if known
 * @param sentence     the sentence, as evidence
 * @param summary      the sentence's core: the reported clause, without a leading or trailing attribution
 * @param date         the date the report gives
 * @param dateEvidence the time expression that gives it
 * @param participants resolved ids of the entities named in the core, in text order
 * @param place        the resolved id of the place it happened, when the sentence says ("in Kiev")
 * @param words        content stems of the core, without names and time expressions
 */
record EventCandidate(String article, int order, Optional<LocalDate> published, Evidence sentence, String summary,
        CalendarValue date, Evidence dateEvidence, List<String> participants, Optional<String> place, Set<String> words) {

    EventCandidate {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(dateEvidence, "dateEvidence");
        participants = List.copyOf(participants);
        Objects.requireNonNull(place, "place");
        words = Set.copyOf(words);
        if (participants.isEmpty()) {
            throw new IllegalArgumentException("an event report needs a participant");
        }
    }
}
