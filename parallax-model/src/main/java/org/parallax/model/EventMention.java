package org.parallax.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The words of one article that report an event: its trigger ("met", "the call", "earthquake", "fired"),
 * with the date its own clause gives it.
 *
 * @param span      the trigger's characters (its head word; "earthquake", not "a deadly earthquake")
 * @param lemma     the head word's lemma, lower case ("meet" for "met")
 * @param wordClass verb, noun or predicate adjective
 * @param dating    its date and what gives it
 * @param clause    the adverbial or relative clause the trigger heads, when it heads one ("he suspended his own presidential
 *                  campaign in February" of "since he suspended ...", in a sentence whose main clause reports another
 *                  event), without its conjunction; empty otherwise
 */
public record EventMention(Span span, String lemma, EventWordClass wordClass, EventDating dating, Optional<Span> clause) {

    public EventMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(wordClass, "wordClass");
        Objects.requireNonNull(dating, "dating");
        Objects.requireNonNull(clause, "clause");
        if (lemma.isBlank()) {
            throw new IllegalArgumentException("an event mention needs a lemma");
        }
        if (clause.isPresent() && !clause.get().contains(span)) {
            throw new IllegalArgumentException("the clause " + clause.get() + " does not hold its trigger " + span);
        }
    }

    /** This mention with another date: for a report that takes its date from the one it refers back to. */
    public EventMention withDating(EventDating value) {
        return new EventMention(span, lemma, wordClass, value, clause);
    }
}
