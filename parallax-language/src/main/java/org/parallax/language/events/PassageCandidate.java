package org.parallax.language.events;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parallax.model.Span;
import org.parallax.model.Timex;

/**
 * One candidate date, from outside its sentence, for an event trigger of a sentence that holds no date of its own: a
 * dated time expression of one of the previous sentences of its passage, or the article's publication day. The
 * passage attachment model ({@link AttachmentModel.Scope#PASSAGE}) scores these pairs; {@code parallax train timeline}
 * learns from them.
 *
 * @param trigger  the trigger's characters
 * @param timex    the earlier time expression; empty for the publication day
 * @param value    the date the pair would give (the time expression's value, or the publication day)
 * @param features its {@link PassageFeatures}
 * @param byRules  whether the hand-written passage or publication rule dates the trigger with this date
 */
public record PassageCandidate(Span trigger, Optional<Timex> timex, String value, List<String> features, boolean byRules) {

    public PassageCandidate {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(timex, "timex");
        Objects.requireNonNull(value, "value");
        features = List.copyOf(features);
    }

    /** Whether the candidate is the publication day rather than an earlier time expression. */
    public boolean isPublicationDay() {
        return timex.isEmpty();
    }
}
