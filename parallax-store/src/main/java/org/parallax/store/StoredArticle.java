package org.parallax.store;

import java.util.Objects;
import java.util.Optional;
import org.parallax.model.AnalyzedArticle;

/**
 * An article as the store holds it.
 *
 * @param seq          its place in the order articles were stored (1, 2, ...; gaps where an ingest was interrupted)
 * @param analyzed     the article with its annotations
 * @param supersededBy the id of a later version at the same address, if one was stored
 */
public record StoredArticle(long seq, AnalyzedArticle analyzed, Optional<String> supersededBy) {

    public StoredArticle {
        Objects.requireNonNull(analyzed, "analyzed");
        Objects.requireNonNull(supersededBy, "supersededBy");
    }

    public String id() {
        return analyzed.article().id();
    }
}
