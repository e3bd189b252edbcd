package org.parallax.model;

/** Where an article's publication date came from. */
public enum DateSource {
    /** The user's manifest named it. */
    MANIFEST,
    /** The document's own metadata: HTML meta tags, JSON-LD, {@code <time>}, the URL, a feed item. */
    METADATA,
    /** A dateline in the text itself. */
    TEXT,
    /** No date is known; none was invented. */
    NONE
}
