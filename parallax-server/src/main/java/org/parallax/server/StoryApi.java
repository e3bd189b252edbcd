package org.parallax.server;

import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.parallax.store.SearchHit;
import org.parallax.store.SearchQuery;
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

    /** The stories, most outlets first, then most independent sources, then most articles. */
    private void list(Context context) {
        List<Answers.StorySummary> ranked = new ArrayList<>(store.stories());
        ranked.sort(Comparator.<Answers.StorySummary>comparingInt(summary -> summary.story().outlets().size()).reversed()
                .thenComparing(Comparator.comparingInt(Answers.StorySummary::independentSources).reversed())
                .thenComparing(Comparator.comparingInt(Answers.StorySummary::articles).reversed()));
        List<String> outlets = store.outlets();
        JsonBodies.send(context, Page.body(ranked, new Parameters(context), 20, "stories",
                (summary, json) -> writeSummary(summary, outlets, json)));
    }

    private void writeSummary(Answers.StorySummary summary, List<String> outlets, JsonGenerator json) throws IOException {
        Story story = summary.story();
        Map<String, Integer> coverage = coverage(story);
        json.writeStartObject();
        json.writeStringField("id", story.id());
        json.writeStringField("title", story.title());
        json.writeNumberField("articles", summary.articles());
        json.writeNumberField("independentSources", summary.independentSources());
        json.writeNumberField("claims", story.claims().size());
        writeCoverage(coverage, json);
        writeBlindspots(coverage.keySet(), outlets, json);
        json.writeEndObject();
    }

    private void story(Context context) {
        Answers.StorySummary summary = find(context.pathParam("id"));
        Story story = summary.story();
        Map<String, Integer> coverage = coverage(story);
        List<String> outlets = store.outlets();
        StoreArticles articles = new StoreArticles(store);
        JsonBodies.send(context, json -> {
            json.writeStartObject();
            json.writeFieldName("story");
            writer.writeStory(story, articles, json);
            json.writeNumberField("articles", summary.articles());
            json.writeNumberField("independentSources", summary.independentSources());
            writeCoverage(coverage, json);
            writeBlindspots(coverage.keySet(), outlets, json);
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

    /** How many of the story's articles each outlet has, most first. */
    private Map<String, Integer> coverage(Story story) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (story.articles().isEmpty()) {
            return counts;
        }
        SearchQuery query = SearchQuery.all().withStories(List.of(story.id())).withPage(0, story.articles().size());
        for (SearchHit hit : store.search(query).hits()) {
            counts.merge(hit.outlet(), 1, Integer::sum);
        }
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Integer> ordered = new LinkedHashMap<>();
        sorted.forEach(entry -> ordered.put(entry.getKey(), entry.getValue()));
        return ordered;
    }

    private static void writeCoverage(Map<String, Integer> coverage, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("coverage");
        for (Map.Entry<String, Integer> outlet : coverage.entrySet()) {
            json.writeStartObject();
            json.writeStringField("outlet", outlet.getKey());
            json.writeNumberField("articles", outlet.getValue());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** The outlets of the store that have no article in the story. */
    private static void writeBlindspots(java.util.Set<String> covering, List<String> outlets, JsonGenerator json) throws IOException {
        writeStrings("blindspots", outlets.stream().filter(outlet -> !covering.contains(outlet)).toList(), json);
    }

    static void writeStrings(String field, List<String> values, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
