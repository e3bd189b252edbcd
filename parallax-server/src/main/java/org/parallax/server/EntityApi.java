package org.parallax.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.parallax.model.Entity;
import org.parallax.model.Event;
import org.parallax.report.AnalysisJsonWriter;
import org.parallax.store.Answers;
import org.parallax.store.SearchHit;
import org.parallax.store.SearchQuery;
import org.parallax.store.SearchResults;
import org.parallax.store.Store;

/**
 * The cast and the timeline: {@code GET /api/v1/entities} (paged, or those with a name), {@code /entities/{id}}
 * (aliases, roles, its first quotes, who spoke about it, its events, its articles and the entities it occurs
 * with), {@code /events} (the timeline, paged) and {@code /events/{id}}.
 */
final class EntityApi {

    /** How many of an entity's quotes its page holds (the rest are paged through {@code /api/v1/quotes}). */
    private static final int QUOTES = 20;

    private final Store store;
    private final AnalysisJsonWriter writer = new AnalysisJsonWriter();

    EntityApi(Store store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    void register(RoutesConfig routes) {
        routes.get("/api/v1/entities", this::list);
        routes.get("/api/v1/entities/{id}", this::entity);
        routes.get("/api/v1/events", this::events);
        routes.get("/api/v1/events/{id}", this::event);
    }

    private void list(Context context) {
        Parameters parameters = new Parameters(context);
        Optional<String> name = parameters.text("q");
        Consumer<Consumer<Entity>> matching = name.isEmpty() ? store::forEachEntity
                : each -> store.findEntities(name.get()).forEach(id -> store.entity(id).ifPresent(each));
        StoreArticles articles = new StoreArticles(store);
        JsonBodies.send(context, Page.body(matching, parameters, 50, "entities", (entity, json) -> writer.writeEntity(entity, articles, json)));
    }

    private void entity(Context context) {
        String id = context.pathParam("id");
        Entity entity = store.entity(id).orElseThrow(() -> ApiException.notFound("no entity " + id + " in the store"));
        Parameters parameters = new Parameters(context);
        SearchQuery mentioning = SearchQuery.all().withEntities(List.of(id)).withPage(parameters.offset(), parameters.limit(20));
        SearchResults results = store.search(mentioning);
        Answers.QuotePage quotes = store.quotes(id, Optional.empty(), 0, QUOTES);
        List<Answers.Speaker> speakers = store.speakersAbout(id);
        List<Event> timeline = store.timeline(id);
        StoreArticles articles = new StoreArticles(store);
        JsonBodies.send(context, json -> {
            json.writeStartObject();
            json.writeFieldName("entity");
            writer.writeEntity(entity, articles, json);
            json.writeArrayFieldStart("quotes");
            for (Answers.QuoteFound quote : quotes.quotes()) {
                json.writeObject(quote);
            }
            json.writeEndArray();
            json.writeNumberField("quotesTotal", quotes.total());
            json.writeArrayFieldStart("spokenAboutBy");
            for (Answers.Speaker speaker : speakers) {
                json.writeObject(speaker);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("timeline");
            for (Event event : timeline) {
                writer.writeEvent(event, articles, json);
            }
            json.writeEndArray();
            json.writeObjectFieldStart("articles");
            json.writeNumberField("total", results.total());
            json.writeNumberField("offset", mentioning.offset());
            json.writeNumberField("limit", mentioning.limit());
            json.writeArrayFieldStart("hits");
            for (SearchHit hit : results.hits()) {
                json.writeObject(hit);
            }
            json.writeEndArray();
            json.writeEndObject();
            // Entities mentioned in the same articles, most shared articles first (the search's entity facet).
            json.writeArrayFieldStart("coOccurring");
            for (SearchResults.FacetCount count : results.facets().getOrDefault(SearchResults.FacetDimension.ENTITY, List.of())) {
                if (!count.value().equals(id)) {
                    json.writeStartObject();
                    json.writeStringField("entity", count.value());
                    json.writeStringField("name", count.label());
                    json.writeNumberField("articles", count.count());
                    json.writeEndObject();
                }
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private void events(Context context) {
        Parameters parameters = new Parameters(context);
        Optional<String> entity = parameters.text("entity");
        Consumer<Consumer<Event>> timeline = entity.isEmpty() ? store::forEachEvent : store.timeline(entity.get())::forEach;
        StoreArticles articles = new StoreArticles(store);
        JsonBodies.send(context, Page.body(timeline, parameters, 50, "events", (event, json) -> writer.writeEvent(event, articles, json)));
    }

    private void event(Context context) {
        String id = context.pathParam("id");
        Event event = store.event(id).orElseThrow(() -> ApiException.notFound("no event " + id + " in the store"));
        StoreArticles articles = new StoreArticles(store);
        JsonBodies.send(context, json -> writer.writeEvent(event, articles, json));
    }
}
