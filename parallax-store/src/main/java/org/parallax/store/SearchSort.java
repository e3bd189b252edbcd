package org.parallax.store;

/** How search hits are ordered. */
public enum SearchSort {
    /** Best match first (ties: newest first). */
    RELEVANCE,
    /** Newest publication date first; undated articles last. */
    NEWEST,
    /** Oldest publication date first; undated articles last. */
    OLDEST
}
