package org.parallax.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A search kept for later, an analyst's alert: its new matches are the articles stored after it was
 * saved that its query finds.
 *
 * @param id           its number
 * @param name         what its owner calls it
 * @param query        the search (its page is ignored: every new match counts)
 * @param madeBy       who saved it
 * @param madeAt       when
 * @param storedBefore the storage order ({@link StoredArticle#seq()}) of the last article stored when it was saved
 */
public record SavedSearch(long id, String name, SearchQuery query, String madeBy, Instant madeAt, long storedBefore) {

    public SavedSearch {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(madeBy, "madeBy");
        Objects.requireNonNull(madeAt, "madeAt");
    }

    /** Whether {@code article} was stored after this search was saved. */
    public boolean isNew(StoredArticle article) {
        return article.seq() > storedBefore;
    }
}
