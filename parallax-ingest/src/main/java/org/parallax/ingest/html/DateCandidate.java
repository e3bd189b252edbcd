package org.parallax.ingest.html;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day a page offers as its publication date, described for the trained vote
 * ({@link PublicationDateModel}): which kinds of clues give it and how it stands against the page's other days.
 *
 * @param date     the day
 * @param evidence the evidence it counts as where it wins: that of the most trusted kind of clue giving it
 * @param features its feature values, in the order of {@link DateCandidates#FEATURES} (copied)
 */
public record DateCandidate(LocalDate date, DateEvidence evidence, double[] features) {

    public DateCandidate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(evidence, "evidence");
        if (features.length != DateCandidates.FEATURES.size()) {
            throw new IllegalArgumentException("a date candidate has " + DateCandidates.FEATURES.size()
                    + " feature values, not " + features.length);
        }
        features = features.clone();
    }

    /** The feature values, in the order of {@link DateCandidates#FEATURES} (a copy). */
    @Override
    public double[] features() {
        return features.clone();
    }

    /** The value of one feature. */
    public double feature(int index) {
        return features[index];
    }
}
