package org.parallax.server;

import java.util.HashMap;
import java.util.Objects;
import org.parallax.model.AnalyzedArticle;
import org.parallax.store.Store;

/**
 * The articles evidence points into, read from the store when first asked for and kept for one
 * response: what {@link org.parallax.report.AnalysisJsonWriter} needs to write evidence with its text,
 * without reading every article of a story up front.
 */
final class StoreArticles extends HashMap<String, AnalyzedArticle> {

    private static final long serialVersionUID = 1L;

    private final transient Store store;

    StoreArticles(Store store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public AnalyzedArticle get(Object key) {
        AnalyzedArticle known = super.get(key);
        if (known != null || !(key instanceof String id)) {
            return known;
        }
        AnalyzedArticle read = store.article(id).orElse(null);
        if (read != null) {
            put(id, read);
        }
        return read;
    }
}
