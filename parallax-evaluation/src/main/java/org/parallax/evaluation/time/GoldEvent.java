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
 * @param links   the TLINKs between (an instance of) it and (an instance of) another event of the document
 */
public record GoldEvent(String id, Span span, List<TimeAnchor> anchors, List<EventLink> links) {

    public GoldEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(span, "span");
        anchors = List.copyOf(anchors);
        links = List.copyOf(links);
    }

    /** An event with its time anchors and no links to other events. */
    public GoldEvent(String id, Span span, List<TimeAnchor> anchors) {
        this(id, span, anchors, List.of());
    }

    /**
     * A TLINK between two events.
     *
     * @param relation the TLINK's {@code relType}, read from this event's side ({@code IS_INCLUDED}: this event lies in the other)
     * @param event    the other event's {@code eid}
     */
    public record EventLink(String relation, String event) {

        public EventLink {
            Objects.requireNonNull(relation, "relation");
            Objects.requireNonNull(event, "event");
        }
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
