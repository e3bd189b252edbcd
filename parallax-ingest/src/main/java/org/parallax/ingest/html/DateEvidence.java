package org.parallax.ingest.html;

import org.parallax.model.DateSource;

/** Which part of a page gave its publication date; finer than the {@link DateSource} the article keeps. */
public enum DateEvidence {
    /** A schema.org article's {@code datePublished} (or {@code dateCreated}) in JSON-LD. */
    JSON_LD(DateSource.METADATA),
    /** A {@code <meta>} tag naming the publication date ({@code article:published_time}, {@code dc.date}, ...). */
    META_TAG(DateSource.METADATA),
    /** Microdata: an element with {@code itemprop=datePublished}. */
    MICRODATA(DateSource.METADATA),
    /** A {@code <time datetime>} or {@code <abbr title>} element in the article's header or byline. */
    TIME_ELEMENT(DateSource.METADATA),
    /** The date in the page's address ({@code /2019/10/18/}). */
    URL(DateSource.URL),
    /** A date written in the page's byline or dateline, or near its headline. */
    DATELINE(DateSource.TEXT);

    private final DateSource source;

    DateEvidence(DateSource source) {
        this.source = source;
    }

    /** The provenance an article records for a date from this evidence. */
    public DateSource source() {
        return source;
    }
}
