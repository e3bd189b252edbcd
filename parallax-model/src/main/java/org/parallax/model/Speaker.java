package org.parallax.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Who a quote is attributed to.
 *
 * @param span       the words in the text that stand for the speaker at this quote ("he", "Koren",
 *                   "the ambassador"); for {@link SpeakerResolution#PREVIOUS_QUOTE}, the speaker's span at that quote
 * @param entity     the entity the speaker resolves to, if it could be resolved
 * @param resolution how the speaker was found
 */
public record Speaker(Span span, Optional<String> entity, SpeakerResolution resolution) {

    public Speaker {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(resolution, "resolution");
    }
}
