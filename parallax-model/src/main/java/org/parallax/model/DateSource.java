package org.parallax.model;

/** Where an article's publication date came from. */
public enum DateSource {
    /** The user's manifest named it. */
    MANIFEST,
    /** The document's own metadata: HTML meta tags, JSON-LD, microdata, {@code <time>}, a feed item. */
    METADATA,
    /** The date written in the page's address ({@code /2022/03/24/}). */
    URL,
    /** A dateline in the text itself, or the date in an HTML page's byline or beside its headline. */
    TEXT,
    /** No date is known; none was invented. */
    NONE
}
