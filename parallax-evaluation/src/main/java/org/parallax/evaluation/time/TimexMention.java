package org.parallax.evaluation.time;

import java.util.Objects;
import org.parallax.model.Span;
import org.parallax.model.TimexType;

/**
 * One time expression as a scorer sees it, gold or system: where it is, its type and its value.
 *
 * @param span  its characters in the document text
 * @param type  its TIMEX3 type
 * @param value its TIMEX3 value, as written
 */
public record TimexMention(Span span, TimexType type, String value) {

    public TimexMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }
}
