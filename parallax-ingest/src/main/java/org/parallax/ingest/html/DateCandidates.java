package org.parallax.ingest.html;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a page's date clues into candidates for the trained vote: each distinct day becomes one
 * {@link DateCandidate} with the features {@link #FEATURES} names. For each {@link DateClue.Kind} of clue, whether
 * the kind's first date is this day ({@code first:KIND}), whether only a later date of that kind is
 * ({@code later:KIND}), and whether the kind dates the page otherwise ({@code against:KIND}); then how the day stands
 * among the page's days: how many kinds of publication clues give it first and how many give another day first, how
 * many days the page offers, whether it is the earliest or the
 * latest, how far it lies from the nearest other day and from the earliest, how many clues give it, whether only
 * dates of the last change give it, and whether the page dates its publication anywhere. Stateless.
 */
public final class DateCandidates {

    private static final List<String> SUMMARY_FEATURES = List.of("kinds", "kindsAgainst", "candidates", "earliest",
            "latest", "nearestOtherDays", "daysAfterEarliest", "mentions", "onlyChange", "noPublicationClue");

    /** The names of the features, in the order of {@link DateCandidate#features()}. */
    public static final List<String> FEATURES = names();

    private static final int KINDS = DateClue.Kind.values().length;

    private DateCandidates() {
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>();
        for (String prefix : List.of("first:", "later:", "against:")) {
            for (DateClue.Kind kind : DateClue.Kind.values()) {
                names.add(prefix + kind.name());
            }
        }
        names.addAll(SUMMARY_FEATURES);
        return Collections.unmodifiableList(names);
    }

    /**
     * The candidates of a page.
     *
     * @param clues the page's plausible clues, most trusted kind first, each kind's dates in its own order
     * @return one candidate per distinct day, in the order the days first appear among the clues
     */
    static List<DateCandidate> of(List<DateClue> clues) {
        Map<DateClue.Kind, LocalDate> firsts = new EnumMap<>(DateClue.Kind.class);
        Map<LocalDate, Set<DateClue.Kind>> givers = new LinkedHashMap<>();
        Map<LocalDate, Integer> mentions = new LinkedHashMap<>();
        for (DateClue clue : clues) {
            firsts.putIfAbsent(clue.kind(), clue.date());
            givers.computeIfAbsent(clue.date(), date -> EnumSet.noneOf(DateClue.Kind.class)).add(clue.kind());
            mentions.merge(clue.date(), 1, Integer::sum);
        }
        if (givers.isEmpty()) {
            return List.of();
        }
        boolean publicationClue = clues.stream().anyMatch(clue -> !clue.kind().change());
        LocalDate earliest = Collections.min(givers.keySet());
        LocalDate latest = Collections.max(givers.keySet());
        List<DateCandidate> candidates = new ArrayList<>();
        for (Map.Entry<LocalDate, Set<DateClue.Kind>> entry : givers.entrySet()) {
            LocalDate date = entry.getKey();
            double[] features = new double[FEATURES.size()];
            int agreeing = 0;
            int against = 0;
            for (DateClue.Kind kind : DateClue.Kind.values()) {
                LocalDate first = firsts.get(kind);
                if (first == null) {
                    continue;
                }
                if (first.equals(date)) {
                    features[kind.ordinal()] = 1;
                    agreeing += kind.change() ? 0 : 1;
                } else {
                    features[2 * KINDS + kind.ordinal()] = 1;
                    against += kind.change() ? 0 : 1;
                    if (entry.getValue().contains(kind)) {
                        features[KINDS + kind.ordinal()] = 1;
                    }
                }
            }
            long nearest = Long.MAX_VALUE;
            for (LocalDate other : givers.keySet()) {
                if (!other.equals(date)) {
                    nearest = Math.min(nearest, Math.abs(ChronoUnit.DAYS.between(date, other)));
                }
            }
            int summary = 3 * KINDS;
            features[summary] = agreeing;
            features[summary + 1] = against;
            features[summary + 2] = Math.log1p(givers.size() - 1.0);
            features[summary + 3] = givers.size() > 1 && date.equals(earliest) ? 1 : 0;
            features[summary + 4] = givers.size() > 1 && date.equals(latest) ? 1 : 0;
            features[summary + 5] = nearest == Long.MAX_VALUE ? 0 : Math.log1p(nearest);
            features[summary + 6] = Math.log1p(ChronoUnit.DAYS.between(earliest, date));
            features[summary + 7] = Math.log1p(mentions.get(date) - 1.0);
            features[summary + 8] = entry.getValue().stream().allMatch(DateClue.Kind::change) ? 1 : 0;
            features[summary + 9] = publicationClue ? 0 : 1;
            DateClue.Kind mostTrusted = entry.getValue().iterator().next();
            candidates.add(new DateCandidate(date, mostTrusted.evidence(), features));
        }
        return candidates;
    }
}
