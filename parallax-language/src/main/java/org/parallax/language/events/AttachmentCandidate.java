package org.parallax.language.events;

import java.util.List;
import java.util.Objects;
import org.parallax.model.Span;
import org.parallax.model.Timex;

/**
 * One (event trigger, time expression) pair of a sentence that the time attachment model scores: the examples
 * {@code parallax train timeline} learns from and the pairs the layer decides.
 *
 * @param trigger  the trigger's characters
 * @param timex    the candidate time expression (one that may date an event: no range bound, schedule or name)
 * @param features its {@link AttachmentFeatures}
 * @param byRules  whether the hand-written rules date the trigger with this time expression
 */
public record AttachmentCandidate(Span trigger, Timex timex, List<String> features, boolean byRules) {

    public AttachmentCandidate {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(timex, "timex");
        features = List.copyOf(features);
    }
}
