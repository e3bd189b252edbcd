package org.parallax.server;

import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parallax.model.Claim;
import org.parallax.model.ClaimReport;
import org.parallax.model.Entity;
import org.parallax.model.EntityRole;
import org.parallax.model.Event;
import org.parallax.model.Evidence;
import org.parallax.model.Stance;
import org.parallax.model.Story;
import org.parallax.report.AnalysisJsonWriter;
import org.parallax.store.Answers;
import org.parallax.store.SearchHit;
import org.parallax.store.Store;

/**
 * Stories and their claims: {@code GET /api/v1/stories} (ranked by outlets, then independent sources),
 * {@code /stories/{id}} (the story's first view in one bounded answer: its title, summary and outlets, its coverage by
 * outlet and the store's outlets that left it out, and the first page of its claims as matrix rows, of its articles,
 * entities and events, each with its total and the address of its next page), the rest on demand:
 * {@code /stories/{id}/claims} (the outlet × claim matrix with evidence, paged), {@code /stories/{id}/articles},
 * {@code /stories/{id}/cast} (its entities with their roles), {@code /stories/{id}/events}; and {@code /claims/{id}}.
 * The story's record is read whole (one row); its articles' headings are read a page at a time, by id, from their columns.
 */
final class StoryApi {

    /** How many of each of a story's lists its first view holds (claims, articles, entities, events). */
    static final int FIRST = 20;

    /** How many claims a page of the matrix holds unless asked otherwise. */
    private static final int CLAIMS = 50;

    private final Store store;
    private final AnalysisJsonWriter writer = new AnalysisJsonWriter();

    StoryApi(Store store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    void register(RoutesConfig routes) {
        routes.get("/api/v1/stories", this::list);
        routes.get("/api/v1/stories/{id}", this::story);
        routes.get("/api/v1/stories/{id}/claims", this::matrix);
        routes.get("/api/v1/stories/{id}/articles", this::articles);
        routes.get("/api/v1/stories/{id}/cast", this::cast);
        routes.get("/api/v1/stories/{id}/events", this::events);
        routes.get("/api/v1/claims/{id}", this::claim);
    }

    /**
     * The stories, most outlets first, then most independent sources, then most articles: a page ranked by the store,
     * each story with the coverage by outlet kept with it and its blindspots: the store's outlets (one query) that its
     * coverage leaves out, instead of a question per story (twenty of them took about as long as the ranking itself).
     */
    private void list(Context context) {
        Parameters parameters = new Parameters(context);
        int offset = parameters.offset();
        int limit = parameters.limit(20);
        Answers.StoryPage page = store.rankedStories(offset, limit);
        Map<String, List<String>> blindspots = new LinkedHashMap<>();
        List<String> outlets = page.stories().isEmpty() ? List.of() : store.outlets();
        page.stories().forEach(summary -> blindspots.put(summary.story().id(), blindspots(outlets, summary.coverage())));
        JsonBodies.send(context, json -> {
            json.writeStartObject();
            json.writeNumberField("total", page.total());
            json.writeNumberField("offset", offset);
            json.writeNumberField("limit", limit);
            json.writeArrayFieldStart("stories");
            for (Answers.StorySummary summary : page.stories()) {
                writeSummary(summary, blindspots.get(summary.story().id()), json);
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    /** The outlets (in the store's order, by name) of which a story's coverage holds no article: what {@link Store#blindspots} answers. */
    static List<String> blindspots(List<String> outlets, List<Answers.OutletCoverage> coverage) {
        java.util.Set<String> covering = new java.util.HashSet<>();
        coverage.forEach(one -> covering.add(one.outlet()));
        return outlets.stream().filter(outlet -> !covering.contains(outlet)).toList();
    }

    private static void writeSummary(Answers.StorySummary summary, List<String> blindspots, JsonGenerator json) throws IOException {
        Story story = summary.story();
        json.writeStartObject();
        json.writeStringField("id", story.id());
        json.writeStringField("title", story.title());
        json.writeNumberField("articles", summary.articles());
        json.writeNumberField("independentSources", summary.independentSources());
        json.writeNumberField("claims", story.claims().size());
        writeCoverage(summary.coverage(), json);
        writeStrings("blindspots", blindspots, json);
        json.writeEndObject();
    }

    /** The story's first view: the first {@code first} items of each list ({@link #FIRST} unless asked); the rest on demand. */
    private void story(Context context) {
        Answers.StorySummary summary = find(context.pathParam("id"));
        Story story = summary.story();
        int first = EntityApi.first(new Parameters(context));
        List<String> blindspots = store.blindspots(story.id());
        List<SearchHit> articles = store.articleHeads(Page.of(story.articles(), 0, first));
        StoreArticles texts = new StoreArticles(store);
        String self = address(story.id());
        JsonBodies.send(context, json -> {
            json.writeStartObject();
            json.writeFieldName("story");
            writeHead(story, json);
            json.writeNumberField("articles", summary.articles());
            json.writeNumberField("independentSources", summary.independentSources());
            writeCoverage(summary.coverage(), json);
            writeStrings("blindspots", blindspots, json);
            json.writeFieldName("claims");
            writeMatrix(story, 0, first, texts, self + "/claims", json);
            json.writeFieldName("articleList");
            Page.write(json, story.articles().size(), 0, first, "hits", articles, (hit, out) -> out.writeObject(hit), self + "/articles");
            json.writeFieldName("entities");
            Page.write(json, story.entities().size(), 0, first, "entities", Page.of(story.entities(), 0, first),
                    (entity, out) -> out.writeString(entity), self + "/cast");
            json.writeFieldName("events");
            Page.write(json, story.events().size(), 0, first, "events", Page.of(story.events(), 0, first),
                    (event, out) -> out.writeString(event), self + "/events");
            json.writeEndObject();
        });
    }

    /** The story itself without its lists: {@code {id, title, summary, outlets}}, its summary as evidence offsets. */
    private static void writeHead(Story story, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", story.id());
        json.writeStringField("title", story.title());
        json.writeArrayFieldStart("summary");
        for (Evidence sentence : story.summary()) {
            json.writeStartObject();
            json.writeStringField("article", sentence.article());
            json.writeNumberField("begin", sentence.span().begin());
            json.writeNumberField("end", sentence.span().end());
            json.writeEndObject();
        }
        json.writeEndArray();
        writeStrings("outlets", story.outlets(), json);
        json.writeEndObject();
    }

    /** The outlet × claim matrix, a page of claims: for each claim and every outlet of the story, its stance and the evidence for it. */
    private void matrix(Context context) {
        Story story = find(context.pathParam("id")).story();
        Parameters parameters = new Parameters(context);
        StoreArticles articles = new StoreArticles(store);
        int offset = parameters.offset();
        int limit = parameters.limit(CLAIMS);
        JsonBodies.send(context, json -> writeMatrix(story, offset, limit, articles, address(story.id()) + "/claims", json));
    }

    private static void writeMatrix(Story story, int offset, int limit, StoreArticles articles, String listing, JsonGenerator json)
            throws IOException {
        List<Claim> claims = Page.of(story.claims(), offset, limit);
        json.writeStartObject();
        json.writeStringField("story", story.id());
        writeStrings("outlets", story.outlets(), json);
        json.writeNumberField("total", story.claims().size());
        json.writeNumberField("offset", offset);
        json.writeNumberField("limit", limit);
        json.writeArrayFieldStart("claims");
        for (Claim claim : claims) {
            writeClaimRow(story, claim, articles, json);
        }
        json.writeEndArray();
        if (limit > 0 && offset + claims.size() < story.claims().size()) {
            json.writeStringField("next", listing + "?offset=" + (offset + claims.size()) + "&limit=" + limit);
        }
        json.writeEndObject();
    }

    /** A page of the story's articles, in the story's order, each read by id from the articles' columns. */
    private void articles(Context context) {
        Story story = find(context.pathParam("id")).story();
        Parameters parameters = new Parameters(context);
        List<SearchHit> page = store.articleHeads(Page.of(story.articles(), parameters.offset(), parameters.limit(FIRST)));
        JsonBodies.send(context, Page.body(story.articles().size(), page, parameters, FIRST, "hits", (hit, json) -> json.writeObject(hit),
                address(story.id()) + "/articles"));
    }

    /** A page of the story's cast: its entities in story order, each with its name, type and the roles given to it. */
    private void cast(Context context) {
        Story story = find(context.pathParam("id")).story();
        Parameters parameters = new Parameters(context);
        List<Entity> page = new ArrayList<>();
        for (String id : Page.of(story.entities(), parameters.offset(), parameters.limit(FIRST))) {
            store.entity(id).ifPresent(page::add);
        }
        JsonBodies.send(context, Page.body(story.entities().size(), page, parameters, FIRST, "entities", StoryApi::writeMember,
                address(story.id()) + "/cast"));
    }

    /** One of the cast: {@code {id, name, type, roles}}, its roles' titles once each, in the order first given. */
    private static void writeMember(Entity entity, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", entity.id());
        json.writeStringField("name", entity.name());
        json.writeStringField("type", entity.type().name());
        writeStrings("roles", entity.roles().stream().map(EntityRole::title).distinct().toList(), json);
        json.writeEndObject();
    }

    /** A page of the story's events, in timeline order, as analysis.json has them. */
    private void events(Context context) {
        Story story = find(context.pathParam("id")).story();
        Parameters parameters = new Parameters(context);
        List<Event> page = new ArrayList<>();
        for (String id : Page.of(story.events(), parameters.offset(), parameters.limit(FIRST))) {
            store.event(id).ifPresent(page::add);
        }
        StoreArticles articles = new StoreArticles(store);
        JsonBodies.send(context, Page.body(story.events().size(), page, parameters, FIRST, "events",
                (event, json) -> writer.writeEvent(event, articles, json), address(story.id()) + "/events"));
    }

    private static String address(String id) {
        return "/api/v1/stories/" + EntityApi.encoded(id);
    }

    private void claim(Context context) {
        String id = context.pathParam("id");
        Answers.ClaimCoverage coverage = store.claimCoverage(id)
                .orElseThrow(() -> ApiException.notFound("no claim " + id + " in the store"));
        Story story = find(coverage.story()).story();
        StoreArticles articles = new StoreArticles(store);
        JsonBodies.send(context, json -> writeClaimRow(story, coverage.claim(), articles, json));
    }

    private static void writeClaimRow(Story story, Claim claim, StoreArticles articles, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", claim.id());
        json.writeStringField("story", story.id());
        json.writeStringField("statement", claim.statement());
        json.writeStringField("coverage", JsonBodies.lower(claim.coverage()));
        writeStrings("subjects", claim.subjects(), json);
        json.writeArrayFieldStart("cells");
        List<String> absent = new ArrayList<>();
        for (String outlet : story.outlets()) {
            Stance stance = story.stance(claim, outlet);
            if (stance == Stance.ABSENT) {
                absent.add(outlet);
            }
            json.writeStartObject();
            json.writeStringField("outlet", outlet);
            json.writeStringField("stance", JsonBodies.lower(stance));
            json.writeArrayFieldStart("evidence");
            for (ClaimReport report : claim.reports()) {
                if (report.outlet().equals(outlet)) {
                    json.writeStartObject();
                    json.writeStringField("article", report.article());
                    json.writeStringField("stance", JsonBodies.lower(report.stance()));
                    String text = articles.get(report.article()) == null ? ""
                            : report.evidence().span().coveredText(articles.get(report.article()).article().text());
                    json.writeStringField("text", text);
                    json.writeNumberField("begin", report.evidence().span().begin());
                    json.writeNumberField("end", report.evidence().span().end());
                    json.writeEndObject();
                }
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        writeStrings("blindspots", absent, json);
        json.writeEndObject();
    }

    private Answers.StorySummary find(String id) {
        return store.story(id).orElseThrow(() -> ApiException.notFound("no story " + id + " in the store"));
    }

    /** The story's coverage by outlet, as the store keeps it: each outlet's articles and independent texts, most articles first. */
    private static void writeCoverage(List<Answers.OutletCoverage> coverage, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("coverage");
        for (Answers.OutletCoverage outlet : coverage) {
            json.writeStartObject();
            json.writeStringField("outlet", outlet.outlet());
            json.writeNumberField("articles", outlet.articles());
            json.writeNumberField("independentSources", outlet.independentSources());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    static void writeStrings(String field, List<String> values, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
