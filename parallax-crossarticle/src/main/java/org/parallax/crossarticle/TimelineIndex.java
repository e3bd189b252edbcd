package org.parallax.crossarticle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.parallax.model.Event;
import org.parallax.model.Evidence;

/**
 * The events of one timeline as a story's assembly reads them ({@link CrossArticleAnalyzer#story}): each event's id and
 * participants by its place on the timeline, and for each article the places of the events with evidence in it. It
 * holds neither evidence nor mentions, so it is small beside the events: the Spark job sends it to every story's task.
 *
 * @param ids          the events' ids, in timeline order
 * @param participants each event's participants, by its place on the timeline
 * @param places       for each article id, the timeline places of the events with evidence in it, ascending, each once
 */
public record TimelineIndex(List<String> ids, List<List<String>> participants, Map<String, List<Integer>> places) {

    public TimelineIndex {
        ids = List.copyOf(ids);
        participants = participants.stream().map(List::copyOf).toList();
        if (participants.size() != ids.size()) {
            throw new IllegalArgumentException(ids.size() + " events but " + participants.size() + " lists of participants");
        }
        Map<String, List<Integer>> copied = new HashMap<>();
        Objects.requireNonNull(places, "places").forEach((article, found) -> copied.put(article, List.copyOf(found)));
        places = Map.copyOf(copied);
    }

    /** The index of {@code timeline}: events in timeline order ({@link CrossArticleAnalyzer#timeline}). */
    public static TimelineIndex of(List<Event> timeline) {
        List<String> ids = new ArrayList<>(timeline.size());
        List<List<String>> participants = new ArrayList<>(timeline.size());
        Map<String, List<Integer>> places = new HashMap<>();
        for (int place = 0; place < timeline.size(); place++) {
            Event event = timeline.get(place);
            ids.add(event.id());
            participants.add(event.participants());
            for (Evidence evidence : event.evidence()) {
                List<Integer> found = places.computeIfAbsent(evidence.article(), key -> new ArrayList<>());
                if (found.isEmpty() || found.get(found.size() - 1).intValue() != place) {
                    found.add(place);
                }
            }
        }
        return new TimelineIndex(ids, participants, places);
    }

    /** The timeline places of the events with evidence in any of {@code articles}, ascending (not by scanning every event). */
    SortedSet<Integer> placesOf(List<String> articles) {
        TreeSet<Integer> found = new TreeSet<>();
        for (String article : articles) {
            found.addAll(places.getOrDefault(article, List.of()));
        }
        return found;
    }

    /** The ids of the events with evidence in any of {@code articles}, in timeline order. */
    public List<String> eventsOf(List<String> articles) {
        List<String> found = new ArrayList<>();
        placesOf(articles).forEach(place -> found.add(ids.get(place)));
        return found;
    }
}
