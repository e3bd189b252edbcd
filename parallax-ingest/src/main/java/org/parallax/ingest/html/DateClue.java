package org.parallax.ingest.html;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One date a page offers as its publication date, and the kind of place it stands in.
 *
 * @param date the day
 * @param kind where on the page it stands
 */
record DateClue(LocalDate date, Kind kind) {

    DateClue {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * The kinds of places, each with the evidence it counts as (finer than {@link DateEvidence}) and
     * the weight of its vote: the log-odds of its date being the right day, {@code ln((right + 1) /
     * (wrong + 1))}, counted on the development part of the publication-date set
     * ({@code parallax bench pubdate}; never on the held-out part).
     */
    enum Kind {
        /** A full date in the page's address. */
        URL(DateEvidence.URL, 3.44),
        /** A schema.org article's {@code datePublished} or {@code dateCreated}. */
        JSON_LD_ARTICLE(DateEvidence.JSON_LD, 2.43),
        /** A meta tag whose name is specific to the publication date ({@code article:published_time}). */
        META_SPECIFIC(DateEvidence.META_TAG, 2.74),
        /** A meta tag with a bare name ({@code date}, {@code created}). */
        META_BARE(DateEvidence.META_TAG, 1.79),
        /** The {@code datePublished} of a JSON-LD object that is not an article. */
        JSON_LD_OTHER(DateEvidence.JSON_LD, 2.78),
        /** An element with {@code itemprop=datePublished}. */
        MICRODATA(DateEvidence.MICRODATA, 4.03),
        /** A {@code <time>} or {@code <abbr>} marked as the publication ({@code pubdate}, {@code published}). */
        TIME_MARKED(DateEvidence.TIME_ELEMENT, 2.46),
        /** Another {@code <time>} element, outside comments, sidebars and the like. */
        TIME_OTHER(DateEvidence.TIME_ELEMENT, 3.61),
        /** A date after a label that names the publication ("Published:", "Veröffentlicht am"). */
        LABELLED(DateEvidence.DATELINE, 2.56),
        /** A date in a short byline or date-line element. */
        DATELINE_ELEMENT(DateEvidence.DATELINE, 2.28),
        /** A date within a few lines of the headline. */
        NEAR_HEADLINE(DateEvidence.DATELINE, 2.64),
        /** The last change in machine-readable form: a meta tag ({@code article:modified_time}) or JSON-LD {@code dateModified}. */
        CHANGE_METADATA(DateEvidence.META_TAG, 1.0, true),
        /** A date after a label of the last change ("Letzte Änderung:", "last edited"). */
        CHANGE_LABELLED(DateEvidence.DATELINE, 1.0, true);

        private final DateEvidence evidence;
        private final double weight;
        private final boolean change;

        Kind(DateEvidence evidence, double weight) {
            this(evidence, weight, false);
        }

        Kind(DateEvidence evidence, double weight, boolean change) {
            this.evidence = evidence;
            this.weight = weight;
            this.change = change;
        }

        /**
         * Whether a date of this kind dates the last change, not the publication: it only votes where the page
         * gives no date of its publication at all.
         */
        boolean change() {
            return change;
        }

        /** How much a date of this kind counts in the vote among a page's dates. */
        double weight() {
            return weight;
        }

        /** The evidence a date of this kind counts as. */
        DateEvidence evidence() {
            return evidence;
        }
    }
}
