package org.parallax.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: the read API over real HTTP on a store holding the seeds, every response checked against
 * the OpenAPI description the server serves; and the description covers every endpoint.
 */
class Issue11ReadApiTest extends ServerTest {

    private static JsonNode get(String path, String template) {
        HttpResponse<String> response = server.get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiContract.fits(response, "GET", template);
    }

    @Test
    void storiesAreRankedWithCoverageByOutletAndBlindspots() {
        JsonNode stories = get("/api/v1/stories", "/api/v1/stories");

        assertThat(stories.at("/total").asInt()).isEqualTo(1);
        JsonNode story = stories.at("/stories/0");
        assertThat(story.at("/title").asText()).isEqualTo("Ukrainian president reveals intelligence cooperation with Israel");
        assertThat(story.at("/articles").asInt()).isEqualTo(3);
        assertThat(story.at("/independentSources").asInt()).isEqualTo(3);
        assertThat(texts(story.at("/coverage"), "outlet")).containsExactlyInAnyOrder("Breitbart", "The Cradle", "The Jerusalem Post");
        assertThat(story.at("/coverage")).allSatisfy(outlet -> {
            assertThat(outlet.at("/articles").asInt()).isEqualTo(1);
            assertThat(outlet.at("/independentSources").asInt()).isEqualTo(1);
        });
        assertThat(story.at("/blindspots")).isEmpty();

        String id = story.at("/id").asText();
        JsonNode page = get("/api/v1/stories/" + id, "/api/v1/stories/{id}");
        assertThat(page.at("/story/articles")).hasSize(3);
        assertThat(page.at("/story/claims").size()).isPositive();
        JsonNode evidence = page.at("/story/summary/0");
        String article = get("/api/v1/articles/" + evidence.at("/article").asText(), "/api/v1/articles/{id}").at("/article/text").asText();
        // format 3.0: a span carries no copy of its words; they are its article's text between its offsets
        assertThat(evidence.has("text")).isFalse();
        assertThat(article.substring(evidence.at("/begin").asInt(), evidence.at("/end").asInt())).startsWith("Ukraine’s intelligence services");
    }

    @Test
    void theClaimMatrixHasACellPerOutletWithItsEvidence() {
        JsonNode matrix = get("/api/v1/stories/s1/claims", "/api/v1/stories/{id}/claims");

        assertThat(matrix.at("/outlets")).hasSize(3);
        JsonNode first = matrix.at("/claims/0");
        assertThat(first.at("/cells")).hasSize(3);
        for (JsonNode cell : first.at("/cells")) {
            assertThat(cell.at("/evidence").isEmpty()).isEqualTo(cell.at("/stance").asText().equals("absent"));
        }
        List<String> blindspots = new ArrayList<>();
        first.at("/blindspots").forEach(outlet -> blindspots.add(outlet.asText()));
        assertThat(blindspots).allMatch(outlet -> texts(first.at("/cells"), "outlet").contains(outlet));

        JsonNode claim = get("/api/v1/claims/" + first.at("/id").asText(), "/api/v1/claims/{id}");
        assertThat(claim).isEqualTo(first);
    }

    @Test
    void anArticleComesWithItsSpansAsTheAnalysisFormatHasThem() {
        String id = get("/api/v1/search?outlet=Breitbart", "/api/v1/search").at("/hits/0/article").asText();
        JsonNode page = get("/api/v1/articles/" + id, "/api/v1/articles/{id}");

        JsonNode article = page.at("/article");
        assertThat(article.at("/outlet").asText()).isEqualTo("Breitbart");
        assertThat(article.at("/quotes").size()).isPositive();
        assertThat(article.at("/mentions").size()).isPositive();
        String text = article.at("/text").asText();
        for (JsonNode quote : article.at("/quotes")) {
            assertThat(quote.has("text")).isFalse();
            assertThat(text.substring(quote.at("/begin").asInt(), quote.at("/end").asInt())).isNotBlank();
        }
        assertThat(page.at("/stories/0").asText()).isEqualTo("s1");
    }

    @Test
    void searchFiltersCountsAndPagesWithoutACap() {
        JsonNode all = get("/api/v1/search?q=Israel&limit=2", "/api/v1/search");
        assertThat(all.at("/total").asInt()).isEqualTo(3);
        assertThat(all.at("/hits")).hasSize(2);
        assertThat(all.at("/hits/0/snippets/0/highlights").size()).isPositive();
        assertThat(all.at("/facets/outlet")).hasSize(3);
        assertThat(all.at("/facets/month").size()).isPositive();

        JsonNode next = get("/api/v1/search?q=Israel&limit=2&offset=2", "/api/v1/search");
        assertThat(next.at("/hits")).hasSize(1);
        assertThat(next.at("/hits/0/article")).isNotIn(all.at("/hits/0/article"), all.at("/hits/1/article"));

        JsonNode filtered = get("/api/v1/search?outlet=The%20Cradle&outlet=Breitbart&sort=newest", "/api/v1/search");
        assertThat(filtered.at("/total").asInt()).isEqualTo(2);
        assertThat(filtered.at("/hits/0/published").asText()).isGreaterThan(filtered.at("/hits/1/published").asText());

        String speaker = all.at("/facets/speaker/0/value").asText();
        JsonNode bySpeaker = get("/api/v1/search?speaker=" + speaker, "/api/v1/search");
        assertThat(bySpeaker.at("/total").asInt()).isEqualTo(all.at("/facets/speaker/0/count").asInt());
        JsonNode dated = get("/api/v1/search?from=2022-10-01&to=2022-12-31", "/api/v1/search");
        assertThat(dated.at("/total").asInt()).isBetween(1, 2);
    }

    @Test
    void anEntityHasItsAliasesQuotesTimelineArticlesAndCompany() {
        JsonNode found = get("/api/v1/entities?q=Zelensky", "/api/v1/entities");
        assertThat(found.at("/total").asInt()).isEqualTo(1);
        String id = found.at("/entities/0/id").asText();
        JsonNode entity = get("/api/v1/entities/" + id, "/api/v1/entities/{id}");

        assertThat(texts(entity.at("/entity/aliases"), "name")).contains("Volodymyr Zelensky", "Zelensky");
        assertThat(entity.at("/entity/roles").size()).isPositive();
        assertThat(entity.at("/articles/total").asInt()).isPositive();
        assertThat(entity.at("/coOccurring").size()).isPositive();
        assertThat(texts(entity.at("/coOccurring"), "entity")).doesNotContain(id);

        JsonNode speaker = get("/api/v1/entities?q=Yermak", "/api/v1/entities").at("/entities/0");
        JsonNode quotes = get("/api/v1/quotes?speaker=" + speaker.at("/id").asText(), "/api/v1/quotes");
        assertThat(quotes.at("/total").asInt()).isPositive();
        JsonNode page = get("/api/v1/entities/" + speaker.at("/id").asText(), "/api/v1/entities/{id}");
        // the entity's page holds its first 20 quotes and their total; the rest are paged by the store
        assertThat(page.at("/quotesTotal").asInt()).isEqualTo(quotes.at("/total").asInt());
        assertThat(page.at("/quotes").size()).isEqualTo(Math.min(20, quotes.at("/total").asInt()));
        assertThat(page.at("/quotes/0")).isEqualTo(quotes.at("/quotes/0"));
        JsonNode second = get("/api/v1/quotes?speaker=" + speaker.at("/id").asText() + "&offset=1&limit=1", "/api/v1/quotes");
        assertThat(second.at("/total").asInt()).isEqualTo(quotes.at("/total").asInt());
        assertThat(second.at("/quotes")).hasSize(quotes.at("/total").asInt() > 1 ? 1 : 0);
        if (quotes.at("/total").asInt() > 1) {
            assertThat(second.at("/quotes/0")).isEqualTo(quotes.at("/quotes/1"));
        }
        assertThat(get("/api/v1/quotes?speaker=Yermak&about=Ukraine", "/api/v1/quotes").at("/total").asInt())
                .isBetween(1, quotes.at("/total").asInt());
    }

    @Test
    void theTimelineIsPagedAndEachEventReadable() {
        JsonNode events = get("/api/v1/events?limit=5", "/api/v1/events");
        assertThat(events.at("/total").asInt()).isGreaterThan(5);
        assertThat(events.at("/events")).hasSize(5);
        String id = events.at("/events/0/id").asText();
        assertThat(get("/api/v1/events/" + id, "/api/v1/events/{id}")).isEqualTo(events.at("/events/0"));

        JsonNode stats = get("/api/v1/stats", "/api/v1/stats");
        assertThat(stats.at("/articles").asInt()).isEqualTo(3);
        assertThat(stats.at("/events").asInt()).isEqualTo(events.at("/total").asInt());
        assertThat(get("/api/v1/outlets", "/api/v1/outlets").at("/outlets")).hasSize(3);
        assertThat(get("/api/v1/audit", "/api/v1/audit").at("/corrections")).isEmpty();
    }

    @Test
    void everyEndpointIsDescribedAndTheDescriptionAndWebPagesAreServed() {
        JsonNode paths = ApiContract.description().at("/paths");
        for (String route : server.server().routes()) {
            String method = route.substring(0, route.indexOf(' ')).toLowerCase(java.util.Locale.ROOT);
            String path = route.substring(route.indexOf(' ') + 1);
            assertThat(paths.at("/" + path.replace("/", "~1") + "/" + method).isObject()).as(route + " is described").isTrue();
        }
        Iterator<String> described = paths.fieldNames();
        List<String> routes = server.server().routes();
        while (described.hasNext()) {
            String path = described.next();
            paths.get(path).fieldNames().forEachRemaining(method ->
                    assertThat(routes).as("the description's %s %s exists", method, path).contains(method.toUpperCase(java.util.Locale.ROOT) + " " + path));
        }
        HttpResponse<String> description = server.get("/openapi.json");
        assertThat(ApiContract.parse(description.body())).isEqualTo(ApiContract.description());
        assertThat(ApiContract.parse(server.get("/analysis.schema.json").body()).at("/$defs/article").isObject()).isTrue();

        HttpResponse<String> index = server.get("/");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(index.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(index.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.get(field).asText()));
        return values;
    }
}
