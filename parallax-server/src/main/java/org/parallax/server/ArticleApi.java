package org.parallax.server;

import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.InputFormat;
import org.parallax.report.AnalysisJsonWriter;
import org.parallax.store.Answers;
import org.parallax.store.SearchHit;
import org.parallax.store.SearchQuery;
import org.parallax.store.SearchResults;
import org.parallax.store.SearchSort;
import org.parallax.store.Store;

/**
 * Articles, search and quotes: {@code GET /api/v1/articles/{id}} (the article with its spans, as
 * {@code analysis.json} has it), {@code /search} (the store's search: filters, facets, paging without a
 * cap), {@code /quotes} ("what did X say (about Y)").
 */
final class ArticleApi {

    private final Store store;
    private final AnalysisJsonWriter writer = new AnalysisJsonWriter();

    ArticleApi(Store store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    void register(RoutesConfig routes) {
        routes.get("/api/v1/articles/{id}", this::article);
        routes.get("/api/v1/search", this::search);
        routes.get("/api/v1/quotes", this::quotes);
        routes.get("/api/v1/stats", context -> JsonBodies.sendValue(context, 200, store.counts()));
        routes.get("/api/v1/outlets", context -> JsonBodies.send(context, json -> {
            json.writeStartObject();
            StoryApi.writeStrings("outlets", store.outlets(), json);
            json.writeEndObject();
        }));
    }

    private void article(Context context) {
        String id = context.pathParam("id");
        AnalyzedArticle article = store.article(id).orElseThrow(() -> ApiException.notFound("no article " + id + " in the store"));
        Map<String, String> resolved = store.resolvedIds(id);
        List<Answers.NearDuplicate> duplicates = store.nearDuplicates(id);
        List<String> stories = store.storiesOf(id);
        JsonBodies.send(context, json -> {
            json.writeStartObject();
            json.writeFieldName("article");
            writer.writeArticle(article, resolved, json);
            StoryApi.writeStrings("stories", stories, json);
            json.writeArrayFieldStart("nearDuplicates");
            for (Answers.NearDuplicate duplicate : duplicates) {
                json.writeObject(duplicate);
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private void search(Context context) {
        SearchQuery query = query(store, new Parameters(context), true);
        SearchResults results = store.search(query);
        JsonBodies.send(context, json -> writeResults(query, results, json));
    }

    /**
     * A search query from the parameters {@code q, outlet, entity, speaker, story, format, from, to, sort, offset,
     * limit, cursor} (a cursor pages after the hit it names, instead of an offset); without {@code withFormats}, {@code format} is left to the caller (the export's format).
     */
    static SearchQuery query(Store store, Parameters parameters, boolean withFormats) {
        List<InputFormat> formats = withFormats ? parameters.constants("format", InputFormat.class) : List.of();
        SearchSort sort = parameters.constant("sort", SearchSort.class).orElse(SearchSort.RELEVANCE);
        SearchQuery query = SearchQuery.all().withText(parameters.text("q").orElse(""))
                .withOutlets(parameters.list("outlet"))
                .withDates(parameters.date("from"), parameters.date("to"))
                .withEntities(entities(store, parameters.list("entity"), "entity"))
                .withSpeakers(entities(store, parameters.list("speaker"), "speaker"))
                .withStories(parameters.list("story"))
                .withFormats(formats)
                .withSort(sort);
        Optional<String> cursor = parameters.text("cursor");
        if (cursor.isEmpty()) {
            return query.withPage(parameters.offset(), parameters.limit(10));
        }
        if (parameters.offset() > 0) {
            throw ApiException.badInput("parameters offset and cursor: page by one or the other, not both");
        }
        return query.withCursor(cursor.get(), parameters.limit(10));
    }

    /** Entity ids for what was given: ids, or names (any of an entity's names, any case). */
    static List<String> entities(Store store, List<String> given, String parameter) {
        List<String> ids = new ArrayList<>();
        for (String value : given) {
            List<String> found = store.findEntities(value);
            if (found.isEmpty()) {
                throw ApiException.badInput("parameter " + parameter + ": no entity is called or numbered '" + value + "'");
            }
            ids.addAll(found);
        }
        return ids;
    }

    static void writeResults(SearchQuery query, SearchResults results, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeNumberField("total", results.total());
        json.writeNumberField("offset", query.offset());
        json.writeNumberField("limit", query.limit());
        json.writeArrayFieldStart("hits");
        for (SearchHit hit : results.hits()) {
            json.writeObject(hit);
        }
        json.writeEndArray();
        if (results.next().isPresent()) {
            json.writeStringField("next", results.next().get());
        }
        json.writeObjectFieldStart("facets");
        for (SearchResults.FacetDimension dimension : SearchResults.FacetDimension.values()) {
            json.writeArrayFieldStart(dimension.field());
            for (SearchResults.FacetCount count : results.facets().getOrDefault(dimension, List.of())) {
                json.writeObject(count);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    /** {@code speaker} (an entity id or name), optionally {@code about} (another): their quotes. */
    private void quotes(Context context) {
        Parameters parameters = new Parameters(context);
        String speaker = parameters.text("speaker").orElseThrow(() -> ApiException.badInput("parameter speaker is required"));
        Optional<String> about = parameters.text("about");
        List<String> speakers = entities(store, List.of(speaker), "speaker");
        List<String> subjects = about.isEmpty() ? List.<String>of() : entities(store, List.of(about.get()), "about");
        if (speakers.size() == 1 && subjects.size() <= 1) {
            // One speaker (and subject): the store reads only the page (an entity may have said thousands of things).
            Answers.QuotePage page = store.quotes(speakers.get(0), subjects.stream().findFirst(), parameters.offset(),
                    parameters.limit(50));
            String listing = "/api/v1/quotes?speaker=" + EntityApi.encoded(speaker)
                    + about.map(subject -> "&about=" + EntityApi.encoded(subject)).orElse("");
            JsonBodies.send(context, Page.body(page.total(), page.quotes(), parameters, 50, "quotes",
                    (quote, json) -> json.writeObject(quote), listing));
            return;
        }
        List<Answers.QuoteFound> quotes = new ArrayList<>();
        for (String id : speakers) {
            for (String subject : subjects) {
                quotes.addAll(store.quotes(id, Optional.of(subject)));
            }
            if (about.isEmpty()) {
                quotes.addAll(store.quotes(id, Optional.empty()));
            }
        }
        JsonBodies.send(context, Page.body(quotes, parameters, 50, "quotes", (quote, json) -> json.writeObject(quote)));
    }
}
