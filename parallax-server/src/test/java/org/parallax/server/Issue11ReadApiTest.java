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
        assertThat(page.at("/articleList/total").asInt()).isEqualTo(3);
        assertThat(page.at("/articleList/hits")).hasSize(3);
        assertThat(texts(page.at("/articleList/hits"), "outlet")).containsExactlyInAnyOrder("Breitbart", "The Cradle", "The Jerusalem Post");
        assertThat(page.at("/articleList/next").isMissingNode()).as("one page holds them all").isTrue();
        assertThat(page.at("/claims/total").asInt()).isPositive();
        assertThat(page.at("/claims/claims").size()).isEqualTo(Math.min(20, page.at("/claims/total").asInt()));
        assertThat(page.at("/entities/total").asInt()).isPositive();
        assertThat(page.at("/events/total").asInt()).isPositive();
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

        assertThat(texts(entity.at("/aliases/aliases"), "name")).contains("Volodymyr Zelensky", "Zelensky");
        assertThat(entity.at("/aliases/aliases")).allSatisfy(alias -> assertThat(alias.at("/articles").asInt()).isPositive());
        assertThat(entity.at("/roles/roles").size()).isPositive().isEqualTo(entity.at("/roles/total").asInt());
        assertThat(entity.at("/articles/total").asInt()).isPositive();
        assertThat(entity.at("/coOccurring").size()).isPositive();
        assertThat(texts(entity.at("/coOccurring"), "entity")).doesNotContain(id);

        JsonNode speaker = get("/api/v1/entities?q=Yermak", "/api/v1/entities").at("/entities/0");
        JsonNode quotes = get("/api/v1/quotes?speaker=" + speaker.at("/id").asText(), "/api/v1/quotes");
        assertThat(quotes.at("/total").asInt()).isPositive();
        JsonNode page = get("/api/v1/entities/" + speaker.at("/id").asText(), "/api/v1/entities/{id}");
        // the entity's page holds its first 20 quotes and their total; the rest are paged by the store
        assertThat(page.at("/quotes/total").asInt()).isEqualTo(quotes.at("/total").asInt());
        assertThat(page.at("/quotes/quotes").size()).isEqualTo(Math.min(20, quotes.at("/total").asInt()));
        assertThat(page.at("/quotes/quotes/0")).isEqualTo(quotes.at("/quotes/0"));
        JsonNode second = get("/api/v1/quotes?speaker=" + speaker.at("/id").asText() + "&offset=1&limit=1", "/api/v1/quotes");
        assertThat(second.at("/total").asInt()).isEqualTo(quotes.at("/total").asInt());
        assertThat(second.at("/quotes")).hasSize(quotes.at("/total").asInt() > 1 ? 1 : 0);
        if (quotes.at("/total").asInt() > 1) {
            assertThat(second.at("/quotes/0")).isEqualTo(quotes.at("/quotes/1"));
        }
        assertThat(get("/api/v1/quotes?speaker=Yermak&about=Ukraine", "/api/v1/quotes").at("/total").asInt())
                .isBetween(1, quotes.at("/total").asInt());
    }

    /** Issue 11 at 100,000 articles: an entity's page is bounded; each of its lists pages on by its next link. */
    @Test
    void issue11EveryListOfAnEntitysPageIsAFirstPageWithItsTotalAndTheRestPagesOnByItsNextLink() {
        String id = get("/api/v1/entities?q=Zelensky", "/api/v1/entities").at("/entities/0/id").asText();
        JsonNode page = get("/api/v1/entities/" + id + "?limit=1", "/api/v1/entities/{id}");
        assertThat(page.at("/articles/hits")).hasSize(1);
        String self = "/api/v1/entities/" + id;
        String[][] lists = {{"aliases", "aliases", self + "/aliases", "/api/v1/entities/{id}/aliases"},
            {"roles", "roles", self + "/roles", "/api/v1/entities/{id}/roles"},
            {"spokenAboutBy", "speakers", self + "/speakers", "/api/v1/entities/{id}/speakers"},
            {"articles", "hits", self + "/articles", "/api/v1/entities/{id}/articles"},
            {"timeline", "events", "/api/v1/events?entity=" + id, "/api/v1/events"},
            {"quotes", "quotes", "/api/v1/quotes?speaker=" + id, "/api/v1/quotes"}};
        for (String[] list : lists) {
            JsonNode first = page.at("/" + list[0]);
            int total = first.at("/total").asInt();
            assertThat(first.at("/" + list[1]).size()).as(list[0]).isEqualTo(Math.min(total, first.at("/limit").asInt()));
            // the list's own address, one item a page, following each page's next link, gives the whole list in order
            List<JsonNode> all = new ArrayList<>();
            for (String next = list[2] + (list[2].contains("?") ? "&" : "?") + "limit=1"; next != null; ) {
                JsonNode more = get(next, list[3]);
                assertThat(more.at("/total").asInt()).as(list[0]).isEqualTo(total);
                more.at("/" + list[1]).forEach(all::add);
                next = more.path("next").asText(null);
            }
            assertThat(all).as(list[0]).hasSize(total);
            if (total > 0) {
                assertThat(all.get(0)).as(list[0]).isEqualTo(first.at("/" + list[1] + "/0"));
            }
        }
        assertThat(page.at("/articles/next").asText()).isEqualTo("/api/v1/entities/" + id + "/articles?offset=1&limit=1");
        assertThat(server.get("/api/v1/entities/e-none/speakers").statusCode()).isEqualTo(404);
    }

    /** Issue 11: a story's first view is one bounded answer; its articles, cast, events and claims page on by their links. */
    @Test
    void issue11AStorysFirstViewIsBoundedAndItsListsPageOn() {
        JsonNode page = get("/api/v1/stories/s1", "/api/v1/stories/{id}");
        JsonNode articles = get("/api/v1/stories/s1/articles?limit=2", "/api/v1/stories/{id}/articles");
        assertThat(articles.at("/total").asInt()).isEqualTo(3);
        assertThat(articles.at("/hits")).hasSize(2);
        assertThat(articles.at("/next").asText()).isEqualTo("/api/v1/stories/s1/articles?offset=2&limit=2");
        JsonNode rest = get(articles.at("/next").asText(), "/api/v1/stories/{id}/articles");
        assertThat(rest.at("/hits")).hasSize(1);
        assertThat(rest.at("/next").isMissingNode()).isTrue();
        assertThat(articles.at("/hits/0")).isEqualTo(page.at("/articleList/hits/0"));

        JsonNode cast = get("/api/v1/stories/s1/cast?limit=1000", "/api/v1/stories/{id}/cast");
        assertThat(cast.at("/total").asInt()).isEqualTo(page.at("/entities/total").asInt());
        assertThat(texts(cast.at("/entities"), "id")).startsWith(ids(page.at("/entities/entities")).toArray(String[]::new));
        assertThat(texts(cast.at("/entities"), "name")).contains("Andriy Yermak");
        JsonNode events = get("/api/v1/stories/s1/events?limit=1000", "/api/v1/stories/{id}/events");
        assertThat(events.at("/total").asInt()).isEqualTo(page.at("/events/total").asInt());
        assertThat(texts(events.at("/events"), "id")).startsWith(ids(page.at("/events/events")).toArray(String[]::new));

        JsonNode claims = get("/api/v1/stories/s1/claims?limit=1", "/api/v1/stories/{id}/claims");
        assertThat(claims.at("/claims")).hasSize(1);
        assertThat(claims.at("/claims/0")).isEqualTo(page.at("/claims/claims/0"));
        if (claims.at("/total").asInt() > 1) {
            assertThat(get(claims.at("/next").asText(), "/api/v1/stories/{id}/claims").at("/claims/0"))
                    .isEqualTo(page.at("/claims/claims/1"));
        }
        assertThat(server.get("/api/v1/stories/s-none/articles").statusCode()).isEqualTo(404);
    }

    /** The strings of a JSON array. */
    private static List<String> ids(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
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

    /**
     * Issue 11 (pages under 300 ms): the page names every script and style under an address that changes with their
     * content, the browser may keep those (immutable) while it asks again for the page, and every module of the web UI is
     * named in the page (a module it did not name would not be served, and the digest would not cover it).
     */
    @Test
    void webFilesAreServedUnderAddressesThatChangeWithTheirContent() throws Exception {
        HttpResponse<String> index = server.get("/");
        assertThat(index.headers().firstValue("Cache-Control")).contains("no-cache");
        java.util.regex.Matcher version = java.util.regex.Pattern.compile("src=\"/assets/([0-9a-f]{12})/js/app\\.js\"").matcher(index.body());
        assertThat(version.find()).as(index.body()).isTrue();
        String prefix = "/assets/" + version.group(1) + "/";
        assertThat(index.body()).doesNotContain("%ASSETS%").contains("href=\"" + prefix + "css/app.css\"");
        java.nio.file.Path web = java.nio.file.Path.of("src", "main", "resources", "web");
        List<String> files;
        try (java.util.stream.Stream<java.nio.file.Path> walk = java.nio.file.Files.walk(web)) {
            files = walk.filter(java.nio.file.Files::isRegularFile).map(file -> web.relativize(file).toString().replace('\\', '/'))
                    .filter(file -> !file.equals("index.html")).sorted().toList();
        }
        assertThat(files).contains("js/app.js", "js/views/story.js", "css/app.css");
        for (String file : files) {
            assertThat(index.body()).as("the page names " + file).contains("\"" + prefix + file + "\"");
            HttpResponse<String> served = server.get(prefix + file);
            assertThat(served.statusCode()).as(file).isEqualTo(200);
            assertThat(served.body()).isEqualTo(java.nio.file.Files.readString(web.resolve(file)));
            assertThat(served.headers().firstValue("Cache-Control")).as(file).contains("public, max-age=31536000, immutable");
            assertThat(served.headers().firstValue("Content-Type").orElse("")).as(file).startsWith(file.endsWith(".css") ? "text/css" : "text/javascript");
            assertThat(served.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
        }
        HttpResponse<String> stale = server.get("/assets/000000000000/js/app.js");
        assertThat(stale.statusCode()).isEqualTo(404);
        assertThat(ApiContract.parse(stale.body()).at("/error/category").asText()).isEqualTo("not_found");
        assertThat(server.server().routes()).noneMatch(route -> route.contains("/assets/") || route.endsWith(" /"));
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.get(field).asText()));
        return values;
    }
}
