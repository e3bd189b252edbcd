package org.parallax.evaluation.attribution;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parallax.model.Span;

/**
 * One attribution a system found, reduced to what the scorer compares.
 *
 * @param content         the characters it says are attributed (one span per quote; several when quotes are grouped)
 * @param speaker         the words that stand for the speaker, if it named one
 * @param speakerMentions every mention of the entity the speaker resolves to (empty when it resolves to none)
 */
public record SystemAttribution(List<Span> content, Optional<Span> speaker, List<Span> speakerMentions) {

    public SystemAttribution {
        content = List.copyOf(content);
        Objects.requireNonNull(speaker, "speaker");
        speakerMentions = List.copyOf(speakerMentions);
        if (content.isEmpty()) {
            throw new IllegalArgumentException("an attribution needs content");
        }
    }
}
