package org.parallax.evaluation.time;

import java.util.List;
import java.util.Objects;
import org.parallax.model.Span;

/**
 * One gold TimeML {@code EVENT} with the time expressions of its document that TLINKs tie it to.
 *
 * @param id      its {@code eid}
 * @param span    its characters in the document text
 * @param anchors the TLINKs between (an instance of) it and a time expression of the text (not the creation time)
 */
public record GoldEvent(String id, Span span, List<TimeAnchor> anchors) {

    public GoldEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(span, "span");
        anchors = List.copyOf(anchors);
    }

    /**
     * A TLINK between an event and a time expression.
     *
     * @param relation the TLINK's {@code relType}, read from the event's side ({@code IS_INCLUDED}: the event lies in the time)
     * @param timex    the time expression
     */
    public record TimeAnchor(String relation, TimexMention timex) {

        public TimeAnchor {
            Objects.requireNonNull(relation, "relation");
            Objects.requireNonNull(timex, "timex");
        }
    }
}
