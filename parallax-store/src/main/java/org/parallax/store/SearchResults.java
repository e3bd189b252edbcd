package org.parallax.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A page of search hits, how many there are in all, and the facets of all of them.
 *
 * @param total  how many articles match
 * @param hits   the page asked for
 * @param facets for each dimension, the most frequent values among all matching articles
 * @param next   the cursor of the next page ({@link SearchQuery#withCursor}), when hits follow this page
 */
public record SearchResults(long total, List<SearchHit> hits, Map<FacetDimension, List<FacetCount>> facets,
        Optional<String> next) {

    public SearchResults {
        hits = List.copyOf(hits);
        Objects.requireNonNull(next, "next");
        facets = java.util.Collections.unmodifiableMap(facets.isEmpty()
                ? new java.util.EnumMap<>(FacetDimension.class) : new java.util.EnumMap<>(facets));
    }

    /** The ways search results are counted. */
    public enum FacetDimension {
        OUTLET("outlet"),
        ENTITY("entity"),
        SPEAKER("speaker"),
        MONTH("month");

        private final String field;

        FacetDimension(String field) {
            this.field = field;
        }

        /** Its name in the index and in JSON. */
        public String field() {
            return field;
        }
    }

    /**
     * One value of a facet.
     *
     * @param value the outlet, entity id, speaker's entity id or month (yyyy-MM)
     * @param label what to show: the name for entities and speakers, the value otherwise
     * @param count how many matching articles have it
     */
    public record FacetCount(String value, String label, long count) {
        public FacetCount {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(label, "label");
        }
    }
}
