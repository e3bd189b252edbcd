package org.parallax.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parallax.model.InputFormat;

/**
 * A question to the store's search: full text (Lucene's query syntax: words, "phrases", OR, -not,
 * field:value for title), filters, a sort and a page. Every filter is optional; values within one
 * filter are alternatives, filters together must all hold.
 *
 * @param text     the words to find in articles' text and titles; empty for every article
 * @param outlets  outlets to keep
 * @param from     the first publication date kept
 * @param to       the last publication date kept
 * @param entities ids of entities an article must mention (any of them)
 * @param speakers ids of entities an article must quote (any of them)
 * @param stories  ids of stories an article must belong to (any of them)
 * @param formats  input formats to keep
 * @param sort     how hits are ordered
 * @param offset   how many hits to pass over (paging has no cap); 0 when {@code after} is given
 * @param limit    how many hits to return
 * @param after    a cursor ({@link SearchResults#next()} of the page before): the page is the hits that
 *                 follow that page's last one in this query's order, found without collecting the hits
 *                 before it (deep pages cost what the first does); empty for paging by offset
 */
public record SearchQuery(String text, List<String> outlets, Optional<LocalDate> from, Optional<LocalDate> to,
        List<String> entities, List<String> speakers, List<String> stories, List<InputFormat> formats, SearchSort sort,
        int offset, int limit, Optional<String> after) {

    public SearchQuery {
        Objects.requireNonNull(text, "text");
        outlets = List.copyOf(outlets);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        entities = List.copyOf(entities);
        speakers = List.copyOf(speakers);
        stories = List.copyOf(stories);
        formats = List.copyOf(formats);
        Objects.requireNonNull(sort, "sort");
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative: " + offset + ", " + limit);
        }
        after = after == null ? Optional.empty() : after.filter(cursor -> !cursor.isBlank());
        if (after.isPresent() && offset > 0) {
            throw new IllegalArgumentException("page by offset or by cursor, not both: offset " + offset + " with a cursor");
        }
    }

    /** Every article, by relevance (which is then storage order), first ten. */
    public static SearchQuery all() {
        return new SearchQuery("", List.of(), Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(),
                List.of(), SearchSort.RELEVANCE, 0, 10, Optional.empty());
    }

    public static SearchQuery text(String text) {
        return all().withText(text);
    }

    public SearchQuery withText(String newText) {
        return new SearchQuery(newText, outlets, from, to, entities, speakers, stories, formats, sort, offset, limit, after);
    }

    public SearchQuery withOutlets(List<String> newOutlets) {
        return new SearchQuery(text, newOutlets, from, to, entities, speakers, stories, formats, sort, offset, limit, after);
    }

    public SearchQuery withDates(Optional<LocalDate> newFrom, Optional<LocalDate> newTo) {
        return new SearchQuery(text, outlets, newFrom, newTo, entities, speakers, stories, formats, sort, offset, limit, after);
    }

    public SearchQuery withEntities(List<String> newEntities) {
        return new SearchQuery(text, outlets, from, to, newEntities, speakers, stories, formats, sort, offset, limit, after);
    }

    public SearchQuery withSpeakers(List<String> newSpeakers) {
        return new SearchQuery(text, outlets, from, to, entities, newSpeakers, stories, formats, sort, offset, limit, after);
    }

    public SearchQuery withStories(List<String> newStories) {
        return new SearchQuery(text, outlets, from, to, entities, speakers, newStories, formats, sort, offset, limit, after);
    }

    public SearchQuery withFormats(List<InputFormat> newFormats) {
        return new SearchQuery(text, outlets, from, to, entities, speakers, stories, newFormats, sort, offset, limit, after);
    }

    public SearchQuery withSort(SearchSort newSort) {
        return new SearchQuery(text, outlets, from, to, entities, speakers, stories, formats, newSort, offset, limit, after);
    }

    /** The page of {@code newLimit} hits after the first {@code newOffset}. */
    public SearchQuery withPage(int newOffset, int newLimit) {
        return new SearchQuery(text, outlets, from, to, entities, speakers, stories, formats, sort, newOffset, newLimit,
                Optional.empty());
    }

    /** The page of {@code newLimit} hits after the last hit of the page whose {@link SearchResults#next()} {@code cursor} is. */
    public SearchQuery withCursor(String cursor, int newLimit) {
        return new SearchQuery(text, outlets, from, to, entities, speakers, stories, formats, sort, 0, newLimit,
                Optional.of(cursor));
    }
}
