package org.parallax.crossarticle.events;

import java.util.HashSet;
import java.util.Set;
import org.parallax.model.CalendarValue;

/**
 * When two event reports are reports of the same event. All three must hold:
 * <ul>
 *   <li>their dates are compatible: equal, one containing the other ({@code 2022-02} contains
 *       {@code 2022-02-27}), or at most {@link #dayTolerance()} days apart when their participants
 *       match closely (Jaccard at least {@link #closeDatesParticipants()});</li>
 *   <li>their participants overlap: Jaccard of the resolved entity ids at least {@link #participants()};</li>
 *   <li>their wording overlaps: at least one shared content stem, and shared stems make up at least
 *       {@link #words()} of the smaller report's stems (the overlap coefficient), so that "the call"
 *       matches "a phone call with Putin" while "asked Bennett to host talks in a phone call" does
 *       not match "offered to act as a mediator during a phone call".</li>
 * </ul>
 *
 * @param participants           least Jaccard overlap of participants
 * @param words                  least overlap coefficient of content stems
 * @param dayTolerance           most days apart for day dates of one event
 * @param closeDatesParticipants least Jaccard overlap of participants for dates that differ by days
 * @param window                 most reports one report is compared with inside one block
 */
public record EventMatching(double participants, double words, int dayTolerance, double closeDatesParticipants, int window) {

    public EventMatching {
        requireFraction(participants, "participants");
        requireFraction(words, "words");
        requireFraction(closeDatesParticipants, "closeDatesParticipants");
        if (dayTolerance < 0 || window < 1) {
            throw new IllegalArgumentException("dayTolerance must be at least 0 and window at least 1");
        }
    }

    /** The thresholds the tests pin. */
    public static EventMatching standard() {
        return new EventMatching(0.5, 0.3, 2, 0.75, 200);
    }

    boolean sameEvent(EventCandidate a, EventCandidate b) {
        double participantOverlap = jaccard(Set.copyOf(a.participants()), Set.copyOf(b.participants()));
        if (participantOverlap < participants || !datesCompatible(a.date(), b.date(), participantOverlap)) {
            return false;
        }
        Set<String> shared = new HashSet<>(a.words());
        shared.retainAll(b.words());
        int smaller = Math.min(a.words().size(), b.words().size());
        return !shared.isEmpty() && shared.size() >= words * smaller;
    }

    boolean datesCompatible(CalendarValue a, CalendarValue b, double participantOverlap) {
        if (a.nested(b)) {
            return true;
        }
        return participantOverlap >= closeDatesParticipants && a.daysApart(b).map(days -> days <= dayTolerance).orElse(false);
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        int shared = a.size() + b.size() - union.size();
        return (double) shared / union.size();
    }

    private static void requireFraction(double value, String name) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must lie in [0, 1], not " + value);
        }
    }
}
