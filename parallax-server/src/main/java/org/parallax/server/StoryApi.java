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
import org.parallax.model.Stance;
import org.parallax.model.Story;
import org.parallax.report.AnalysisJsonWriter;
import org.parallax.store.Answers;
import org.parallax.store.Store;

/**
 * Stories and their claims: {@code GET /api/v1/stories} (ranked by outlets, then independent sources),
 * {@code /stories/{id}} (with coverage by outlet and the store's outlets that left it out),
 * {@code /stories/{id}/claims} (the outlet × claim matrix with evidence), {@code /claims/{id}}.
 */
final class StoryApi {

    private final Store store;
    private final AnalysisJsonWriter writer = new AnalysisJsonWriter();

    StoryApi(Store store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    void register(RoutesConfig routes) {
        routes.get("/api/v1/stories", this::list);
        routes.get("/api/v1/stories/{id}", this::story);
        routes.get("/api/v1/stories/{id}/claims", this::matrix);
        routes.get("/api/v1/claims/{id}", this::claim);
    }

    /**
     * The stories, most outlets first, then most independent sources, then most articles: a page ranked by the store,
     * each story with the coverage by outlet kept with it and its blindspots (one small query each).
     */
    private void list(Context context) {
        Parameters parameters = new Parameters(context);
        int offset = parameters.offset();
        int limit = parameters.limit(20);
        Answers.StoryPage page = store.rankedStories(offset, limit);
        Map<String, List<String>> blindspots = new LinkedHashMap<>();
        page.stories().forEach(summary -> blindspots.put(summary.story().id(), store.blindspots(summary.story().id())));
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

    private void story(Context context) {
        Answers.StorySummary summary = find(context.pathParam("id"));
        Story story = summary.story();
        List<String> blindspots = store.blindspots(story.id());
        StoreArticles articles = new StoreArticles(store);
        JsonBodies.send(context, json -> {
            json.writeStartObject();
            json.writeFieldName("story");
            writer.writeStory(story, articles, json);
            json.writeNumberField("articles", summary.articles());
            json.writeNumberField("independentSources", summary.independentSources());
            writeCoverage(summary.coverage(), json);
            writeStrings("blindspots", blindspots, json);
            json.writeEndObject();
        });
    }

    /** The outlet × claim matrix: for every claim and every outlet of the story, its stance and the evidence for it. */
    private void matrix(Context context) {
        Story story = find(context.pathParam("id")).story();
        StoreArticles articles = new StoreArticles(store);
        JsonBodies.send(context, json -> {
            json.writeStartObject();
            json.writeStringField("story", story.id());
            writeStrings("outlets", story.outlets(), json);
            json.writeArrayFieldStart("claims");
            for (Claim claim : story.claims()) {
                writeClaimRow(story, claim, articles, json);
            }
            json.writeEndArray();
            json.writeEndObject();
        });
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
