package org.parallax.server;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.parallax.model.InputFormat;
import org.parallax.store.SearchQuery;
import org.parallax.store.SearchSort;
import org.parallax.store.Store;

/**
 * A search as a JSON object, with the names of the search's parameters: {@code {"q", "outlet": [..], "entity": [..],
 * "speaker": [..], "story": [..], "format": [..], "from", "to", "sort"}}, for saved searches.
 */
final class QueryBody {

    private QueryBody() {
    }

    /** The search in the body's {@code query} object (every field optional). */
    static SearchQuery query(Store store, RequestBody body) {
        RequestBody query = body.object("query");
        return SearchQuery.all().withText(query.optionalText("q").orElse(""))
                .withOutlets(query.texts("outlet"))
                .withDates(date(query, "from"), date(query, "to"))
                .withEntities(ArticleApi.entities(store, query.texts("entity"), "entity"))
                .withSpeakers(ArticleApi.entities(store, query.texts("speaker"), "speaker"))
                .withStories(query.texts("story"))
                .withFormats(query.texts("format").stream().map(value -> Parameters.constant("format", value, InputFormat.class)).toList())
                .withSort(query.optionalText("sort").map(value -> Parameters.constant("sort", value, SearchSort.class))
                        .orElse(SearchSort.RELEVANCE));
    }

    private static Optional<LocalDate> date(RequestBody query, String field) {
        Optional<String> given = query.optionalText(field);
        try {
            return given.map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw ApiException.badInput("the field " + field + " must be a date (yyyy-mm-dd), not '" + given.get() + "'");
        }
    }

    static void write(SearchQuery query, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("q", query.text());
        StoryApi.writeStrings("outlet", query.outlets(), json);
        StoryApi.writeStrings("entity", query.entities(), json);
        StoryApi.writeStrings("speaker", query.speakers(), json);
        StoryApi.writeStrings("story", query.stories(), json);
        StoryApi.writeStrings("format", query.formats().stream().map(JsonBodies::lower).toList(), json);
        if (query.from().isPresent()) {
            json.writeStringField("from", query.from().get().toString());
        } else {
            json.writeNullField("from");
        }
        if (query.to().isPresent()) {
            json.writeStringField("to", query.to().get().toString());
        } else {
            json.writeNullField("to");
        }
        json.writeStringField("sort", JsonBodies.lower(query.sort()));
        json.writeEndObject();
    }
}
