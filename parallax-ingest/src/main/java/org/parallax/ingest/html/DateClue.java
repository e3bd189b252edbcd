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
     * The kinds of places, each with the evidence it counts as (finer than {@link DateEvidence}), most trusted first:
     * where several kinds give the winning day, the first names its evidence. How much each counts is learned
     * ({@link PublicationDateModel}).
     */
    enum Kind {
        /** A full date in the page's address. */
        URL(DateEvidence.URL),
        /** A schema.org article's {@code datePublished} or {@code dateCreated}. */
        JSON_LD_ARTICLE(DateEvidence.JSON_LD),
        /** A meta tag whose name is specific to the publication date ({@code article:published_time}). */
        META_SPECIFIC(DateEvidence.META_TAG),
        /** A meta tag with a bare name ({@code date}, {@code created}). */
        META_BARE(DateEvidence.META_TAG),
        /** The {@code datePublished} of a JSON-LD object that is not an article. */
        JSON_LD_OTHER(DateEvidence.JSON_LD),
        /** An element with {@code itemprop=datePublished}. */
        MICRODATA(DateEvidence.MICRODATA),
        /** A {@code <time>} or {@code <abbr>} marked as the publication ({@code pubdate}, {@code published}). */
        TIME_MARKED(DateEvidence.TIME_ELEMENT),
        /** Another {@code <time>} element, outside comments, sidebars and the like. */
        TIME_OTHER(DateEvidence.TIME_ELEMENT),
        /** A date after a label that names the publication ("Published:", "Veröffentlicht am"). */
        LABELLED(DateEvidence.DATELINE),
        /** A date in a short byline or date-line element. */
        DATELINE_ELEMENT(DateEvidence.DATELINE),
        /** A date within a few lines of the headline. */
        NEAR_HEADLINE(DateEvidence.DATELINE),
        /** The first date written anywhere in the page's text outside the parts that date other things. */
        FIRST_IN_TEXT(DateEvidence.DATELINE),
        /** The last change in machine-readable form: a meta tag ({@code article:modified_time}) or JSON-LD {@code dateModified}. */
        CHANGE_METADATA(DateEvidence.META_TAG, true),
        /** A date after a label of the last change ("Letzte Änderung:", "last edited"). */
        CHANGE_LABELLED(DateEvidence.DATELINE, true);

        private final DateEvidence evidence;
        private final boolean change;

        Kind(DateEvidence evidence) {
            this(evidence, false);
        }

        Kind(DateEvidence evidence, boolean change) {
            this.evidence = evidence;
            this.change = change;
        }

        /** Whether a date of this kind dates the last change, not the publication. */
        boolean change() {
            return change;
        }

        /** The evidence a date of this kind counts as. */
        DateEvidence evidence() {
            return evidence;
        }
    }
}
