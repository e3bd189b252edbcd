package org.parallax.language.events;

import java.util.List;
import java.util.Objects;
import org.parallax.model.Span;

/**
 * One noun that the event stage's rules take as no trigger and the event noun model ({@link EventNounModel}) scores:
 * the examples {@code parallax train event-nouns} learns from and the words the layer decides on.
 *
 * @param token    the noun's characters
 * @param features its {@link EventNounFeatures}
 */
public record EventNounCandidate(Span token, List<String> features) {

    public EventNounCandidate {
        Objects.requireNonNull(token, "token");
        features = List.copyOf(features);
    }
}
