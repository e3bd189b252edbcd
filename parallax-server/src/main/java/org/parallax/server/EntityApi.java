package org.parallax.server;

import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.parallax.model.Entity;
import org.parallax.model.EntityAlias;
import org.parallax.model.EntityRole;
import org.parallax.model.Event;
import org.parallax.report.AnalysisJsonWriter;
import org.parallax.store.Answers;
import org.parallax.store.SearchQuery;
import org.parallax.store.SearchResults;
import org.parallax.store.Store;

/**
 * The cast and the timeline: {@code GET /api/v1/entities} (paged, or those with a name), {@code /entities/{id}} (the
 * entity's page: its name and type, then the first page of each of its lists, each with its total and the address of
 * its next page: aliases, roles, quotes, who spoke about it, its events, its articles, and the entities it occurs with),
 * the rest of those lists on demand ({@code /entities/{id}/aliases}, {@code /roles}, {@code /speakers},
 * {@code /articles}, {@code /api/v1/quotes?speaker=}, {@code /api/v1/events?entity=}), {@code /events} (the timeline,
 * paged) and {@code /events/{id}}. What the store keeps apart (quotes, speakers, events, articles) is read a page at a
 * time; aliases and roles are in the entity's record, read whole and written a page at a time.
 */
final class EntityApi {

    /** How many items of each list the entity's page holds, and each further page by default. */
    static final int FIRST = 20;

    private final Store store;
    private final AnalysisJsonWriter writer = new AnalysisJsonWriter();

    EntityApi(Store store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    void register(RoutesConfig routes) {
        routes.get("/api/v1/entities", this::list);
        routes.get("/api/v1/entities/{id}", this::entity);
        routes.get("/api/v1/entities/{id}/aliases", this::aliases);
        routes.get("/api/v1/entities/{id}/roles", this::roles);
        routes.get("/api/v1/entities/{id}/speakers", this::speakers);
        routes.get("/api/v1/entities/{id}/articles", this::articles);
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

    /**
     * The entity's page: its {@code offset} and {@code limit} page its articles; every other list holds its first
     * {@code first} items ({@link #FIRST} unless asked).
     */
    private void entity(Context context) {
        String id = context.pathParam("id");
        Entity entity = find(id);
        Parameters parameters = new Parameters(context);
        int first = first(parameters);
        SearchQuery mentioning = SearchQuery.all().withEntities(List.of(id)).withPage(parameters.offset(), parameters.limit(FIRST));
        SearchResults results = store.search(mentioning);
        Answers.QuotePage quotes = store.quotes(id, Optional.empty(), 0, first);
        Answers.Page<Answers.Speaker> speakers = store.speakersAbout(id, 0, first);
        Answers.Page<Event> timeline = store.timeline(id, 0, first);
        StoreArticles articles = new StoreArticles(store);
        String self = address(id);
        JsonBodies.send(context, json -> {
            json.writeStartObject();
            json.writeFieldName("entity");
            writeHead(entity, json);
            json.writeFieldName("aliases");
            Page.write(json, entity.aliases().size(), 0, first, "aliases", Page.of(entity.aliases(), 0, first), EntityApi::writeAlias,
                    self + "/aliases");
            json.writeFieldName("roles");
            Page.write(json, entity.roles().size(), 0, first, "roles", Page.of(entity.roles(), 0, first), EntityApi::writeRole,
                    self + "/roles");
            json.writeFieldName("quotes");
            Page.write(json, quotes.total(), 0, first, "quotes", quotes.quotes(), (quote, out) -> out.writeObject(quote),
                    "/api/v1/quotes?speaker=" + encoded(id));
            json.writeFieldName("spokenAboutBy");
            Page.write(json, speakers.total(), 0, first, "speakers", speakers.items(), (speaker, out) -> out.writeObject(speaker),
                    self + "/speakers");
            json.writeFieldName("timeline");
            Page.write(json, timeline.total(), 0, first, "events", timeline.items(), (event, out) -> writer.writeEvent(event, articles, out),
                    "/api/v1/events?entity=" + encoded(id));
            json.writeFieldName("articles");
            Page.write(json, results.total(), mentioning.offset(), mentioning.limit(), "hits", results.hits(),
                    (hit, out) -> out.writeObject(hit), self + "/articles");
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

    /** A page of the entity's names, each with how many articles use it. */
    private void aliases(Context context) {
        fromRecord(context, Entity::aliases, "aliases", EntityApi::writeAlias);
    }

    /** A page of the roles given to the entity, each with its evidence. */
    private void roles(Context context) {
        fromRecord(context, Entity::roles, "roles", EntityApi::writeRole);
    }

    /** A page of one of the lists the entity's record holds, as {@code field} of the answer. */
    private <T> void fromRecord(Context context, Function<Entity, List<T>> list, String field, Page.ItemWriter<T> itemWriter) {
        String id = context.pathParam("id");
        List<T> all = list.apply(find(id));
        Parameters parameters = new Parameters(context);
        JsonBodies.send(context, Page.body(all.size(), Page.of(all, parameters.offset(), parameters.limit(FIRST)), parameters,
                FIRST, field, itemWriter, address(id) + "/" + field));
    }

    /** A page of who spoke about the entity, most quotes first. */
    private void speakers(Context context) {
        String id = known(context.pathParam("id"));
        Parameters parameters = new Parameters(context);
        Answers.Page<Answers.Speaker> page = store.speakersAbout(id, parameters.offset(), parameters.limit(FIRST));
        JsonBodies.send(context, Page.body(page.total(), page.items(), parameters, FIRST, "speakers",
                (speaker, json) -> json.writeObject(speaker), address(id) + "/speakers"));
    }

    /** A page of the current articles that mention the entity, in the order stored. */
    private void articles(Context context) {
        String id = known(context.pathParam("id"));
        Parameters parameters = new Parameters(context);
        SearchResults results = store.search(SearchQuery.all().withEntities(List.of(id)).withPage(parameters.offset(), parameters.limit(FIRST)));
        JsonBodies.send(context, Page.body(results.total(), results.hits(), parameters, FIRST, "hits",
                (hit, json) -> json.writeObject(hit), address(id) + "/articles"));
    }

    /** How many items the first page of each list holds: parameter {@code first}, {@link #FIRST} unless given. */
    static int first(Parameters parameters) {
        return parameters.integer("first", FIRST, 0, Parameters.MAX_PAGE);
    }

    private Entity find(String id) {
        return store.entity(id).orElseThrow(() -> ApiException.notFound("no entity " + id + " in the store"));
    }

    /** {@code id}, if the store has an entity of that id (without reading its record). */
    private String known(String id) {
        if (!store.findEntities(id).contains(id)) {
            throw ApiException.notFound("no entity " + id + " in the store");
        }
        return id;
    }

    /** The entity itself, without its lists: {@code {id, name, type, metonymFor}}. */
    private static void writeHead(Entity entity, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", entity.id());
        json.writeStringField("name", entity.name());
        json.writeStringField("type", entity.type().name());
        if (entity.metonymFor().isPresent()) {
            json.writeStringField("metonymFor", entity.metonymFor().get());
        }
        json.writeEndObject();
    }

    /** One name as {@code {name, articles}}: how many articles use it. */
    private static void writeAlias(EntityAlias alias, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", alias.name());
        json.writeNumberField("articles", alias.articles().size());
        json.writeEndObject();
    }

    /** One role as {@code {title, evidence: {article, begin, end}}}. */
    private static void writeRole(EntityRole role, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("title", role.title());
        json.writeObjectFieldStart("evidence");
        json.writeStringField("article", role.evidence().article());
        json.writeNumberField("begin", role.evidence().span().begin());
        json.writeNumberField("end", role.evidence().span().end());
        json.writeEndObject();
        json.writeEndObject();
    }

    private static String address(String id) {
        return "/api/v1/entities/" + encoded(id);
    }

    static String encoded(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8);
    }

    private void events(Context context) {
        Parameters parameters = new Parameters(context);
        Optional<String> entity = parameters.text("entity");
        StoreArticles articles = new StoreArticles(store);
        if (entity.isPresent()) {
            // one entity's events: the store reads only the page's
            Answers.Page<Event> page = store.timeline(entity.get(), parameters.offset(), parameters.limit(50));
            JsonBodies.send(context, Page.body(page.total(), page.items(), parameters, 50, "events",
                    (event, json) -> writer.writeEvent(event, articles, json), "/api/v1/events?entity=" + encoded(entity.get())));
            return;
        }
        Consumer<Consumer<Event>> timeline = store::forEachEvent;
        JsonBodies.send(context, Page.body(timeline, parameters, 50, "events", (event, json) -> writer.writeEvent(event, articles, json)));
    }

    private void event(Context context) {
        String id = context.pathParam("id");
        Event event = store.event(id).orElseThrow(() -> ApiException.notFound("no event " + id + " in the store"));
        StoreArticles articles = new StoreArticles(store);
        JsonBodies.send(context, json -> writer.writeEvent(event, articles, json));
    }
}
