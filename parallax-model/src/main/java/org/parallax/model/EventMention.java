package org.parallax.model;

import java.util.Objects;

/**
 * The words of one article that report an event: its trigger ("met", "the call", "earthquake", "fired"),
 * with the date its own clause gives it.
 *
 * @param span      the trigger's characters (its head word; "earthquake", not "a deadly earthquake")
 * @param lemma     the head word's lemma, lower case ("meet" for "met")
 * @param wordClass verb or noun
 * @param dating    its date and what gives it
 */
public record EventMention(Span span, String lemma, EventWordClass wordClass, EventDating dating) {

    public EventMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(wordClass, "wordClass");
        Objects.requireNonNull(dating, "dating");
        if (lemma.isBlank()) {
            throw new IllegalArgumentException("an event mention needs a lemma");
        }
    }
}
