package org.parallax.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One link of an attribution chain: who the words are credited to at that step (outlet → cited
 * outlet or agency → speaker; a tweet embedded in an article is a step too).
 *
 * @param source   the source as the text names it ("Haaretz", "a statement from the Kremlin", "Yermak")
 * @param entity   the entity it resolves to, if any
 * @param evidence where the text names it, if it does (the publishing outlet itself has none)
 */
public record AttributionLink(String source, Optional<String> entity, Optional<Evidence> evidence) {

    public AttributionLink {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(evidence, "evidence");
    }
}
