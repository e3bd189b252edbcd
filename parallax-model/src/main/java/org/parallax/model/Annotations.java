package org.parallax.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the language layer found in one article's text. Every span points into that text.
 *
 * @param mentions mentions of named things, in text order
 * @param timexes  time expressions, in text order
 * @param quotes   quotes and reported speech, in text order
 * @param entities the article's entities, which mentions and speakers refer to by id
 * @param events   event mentions (trigger words with their dates), in text order
 */
public record Annotations(List<Mention> mentions, List<Timex> timexes, List<Quote> quotes, List<ArticleEntity> entities,
        List<EventMention> events) {

    public Annotations {
        mentions = List.copyOf(mentions);
        timexes = List.copyOf(timexes);
        quotes = List.copyOf(quotes);
        entities = List.copyOf(entities);
        events = List.copyOf(events);
        Set<String> ids = new HashSet<>();
        for (ArticleEntity entity : entities) {
            if (!ids.add(entity.id())) {
                throw new IllegalArgumentException("two entities share the id " + entity.id());
            }
        }
        for (Mention mention : mentions) {
            requireKnown(ids, mention.entity(), "mention " + mention.span());
        }
        for (Quote quote : quotes) {
            quote.speaker().ifPresent(speaker -> requireKnown(ids, speaker.entity(), "speaker of quote " + quote.span()));
        }
    }

    /** Annotations without event mentions (a language layer that does not find events). */
    public Annotations(List<Mention> mentions, List<Timex> timexes, List<Quote> quotes, List<ArticleEntity> entities) {
        this(mentions, timexes, quotes, entities, List.of());
    }

    public static Annotations empty() {
        return new Annotations(List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** These annotations with {@code value} as the event mentions. */
    public Annotations withEvents(List<EventMention> value) {
        return new Annotations(mentions, timexes, quotes, entities, value);
    }

    /** Every span in these annotations, for checks that they fit the text. */
    public List<Span> spans() {
        List<Span> spans = new ArrayList<>();
        mentions.forEach(mention -> spans.add(mention.span()));
        timexes.forEach(timex -> spans.add(timex.span()));
        for (Quote quote : quotes) {
            spans.add(quote.span());
            quote.cue().ifPresent(spans::add);
            quote.speaker().ifPresent(speaker -> spans.add(speaker.span()));
            quote.addressee().ifPresent(spans::add);
        }
        entities.forEach(entity -> entity.roles().forEach(role -> spans.add(role.evidence())));
        for (EventMention event : events) {
            spans.add(event.span());
            event.dating().evidence().ifPresent(spans::add);
        }
        return spans;
    }

    private static void requireKnown(Set<String> ids, Optional<String> entity, String what) {
        if (entity.isPresent() && !ids.contains(entity.get())) {
            throw new IllegalArgumentException(what + " refers to unknown entity " + entity.get());
        }
    }
}
