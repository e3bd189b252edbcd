package org.parallax.evaluation.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.evaluation.time.GoldEvent;
import org.parallax.evaluation.time.TimeMlDocument;

/**
 * The dates a document's event-to-event TLINKs give to its events that no inclusion TLINK ties to a time expression: an
 * event {@code SIMULTANEOUS} with, {@code IDENTITY} with (the same event as) or {@code IS_INCLUDED} in an event that lies in
 * a time expression lies in that time expression too ("Police arrested six Protestants", tied only to "clashed" of the
 * sentence before, which TimeBank ties to "Sunday"). More labels for the attachment models' training; the benchmark
 * still counts only the events tied to a date by a TLINK of their own.
 *
 * <p>Propagated along chains of such links, nearest first: an event takes the dates of the events at the fewest links
 * from it that have some. Only the anchors that keep their meaning across the link travel: every inclusion anchor across
 * {@code SIMULTANEOUS} and {@code IDENTITY}, and across {@code IS_INCLUDED} only those by which the other event lies in
 * (or coincides with) the time ({@code IS_INCLUDED}, {@code SIMULTANEOUS}), not one by which it includes the time.
 */
final class LinkedDates {

    /** Relations by which an event has the same time as the other event. */
    private static final Set<String> SAME_TIME = Set.of("SIMULTANEOUS", "IDENTITY");

    /** Anchors by which an event lies in (or coincides with) its time expression. */
    private static final Set<String> INSIDE = Set.of("IS_INCLUDED", "SIMULTANEOUS");

    /** The longest chain of links a date travels along. */
    static final int MAX_LINKS = 3;

    private LinkedDates() {
    }

    /**
     * The anchors the links give, by event id, for the events that have no inclusion anchor of their own; an event
     * that no chain reaches is absent.
     */
    static Map<String, List<GoldEvent.TimeAnchor>> of(TimeMlDocument document) {
        Map<String, GoldEvent> byId = new HashMap<>();
        Map<String, List<GoldEvent.TimeAnchor>> known = new LinkedHashMap<>();
        for (GoldEvent event : document.events()) {
            byId.put(event.id(), event);
            List<GoldEvent.TimeAnchor> inclusion = event.anchors().stream()
                    .filter(anchor -> TimelineBenchmark.INCLUSION.contains(anchor.relation())).toList();
            if (!inclusion.isEmpty()) {
                known.put(event.id(), inclusion);
            }
        }
        Map<String, List<GoldEvent.TimeAnchor>> inferred = new LinkedHashMap<>();
        for (int step = 0; step < MAX_LINKS; step++) {
            Map<String, List<GoldEvent.TimeAnchor>> found = new LinkedHashMap<>();
            for (GoldEvent event : document.events()) {
                if (known.containsKey(event.id())) {
                    continue;
                }
                List<GoldEvent.TimeAnchor> anchors = new ArrayList<>();
                for (GoldEvent.EventLink link : event.links()) {
                    for (GoldEvent.TimeAnchor anchor : known.getOrDefault(link.event(), List.of())) {
                        if (SAME_TIME.contains(link.relation())) {
                            anchors.add(anchor);
                        } else if (link.relation().equals("IS_INCLUDED") && INSIDE.contains(anchor.relation())) {
                            anchors.add(new GoldEvent.TimeAnchor("IS_INCLUDED", anchor.timex()));
                        }
                    }
                }
                if (!anchors.isEmpty() && byId.containsKey(event.id())) {
                    found.put(event.id(), List.copyOf(anchors));
                }
            }
            if (found.isEmpty()) {
                break;
            }
            known.putAll(found);
            inferred.putAll(found);
        }
        return inferred;
    }
}
