package org.parallax.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: tokens (writes need one; reads too when the server listens beyond loopback), the error
 * categories, malformed requests, the request size limit and the rate limit, all as clear JSON errors
 * that fit the description, and the security headers on every response.
 */
class Issue11SecurityTest {

    @TempDir
    static Path folder;

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.overExamples(folder, ServerSettings.defaults().withPort(0).withRequestsPerSecond(0)
                .withMaxRequestBytes(64 * 1024));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static JsonNode error(HttpResponse<String> response, int status, String category, String method, String template) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode body = ApiContract.fits(response, method, template);
        assertThat(body.at("/error/category").asText()).isEqualTo(category);
        assertThat(body.at("/error/message").asText()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Content-Security-Policy").orElse("")).contains("frame-ancestors 'none'");
        return body;
    }

    private static HttpRequest.Builder json(String path, String body) {
        return server.request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    }

    @Test
    void writesNeedAKnownTokenAndTheTokensNameIsWho() {
        String merge = "{\"merged\":\"e3\"}";
        error(server.send(json("/api/v1/entities/e2/merge", merge).build()), 401, "unauthorized", "POST", "/api/v1/entities/{id}/merge");
        error(server.send(json("/api/v1/entities/e2/merge", merge).header("Authorization", "Bearer plx_guessed").build()),
                401, "unauthorized", "POST", "/api/v1/entities/{id}/merge");
        error(server.send(json("/api/v1/entities/e2/merge", merge).header("Authorization", "Basic dGVzdGVyOng=").build()),
                401, "unauthorized", "POST", "/api/v1/entities/{id}/merge");
        assertThat(server.store().auditLog()).isEmpty();

        String revoked = server.store().createToken("leaver").secret();
        server.store().revokeToken("leaver");
        error(server.send(json("/api/v1/saved-searches", "{\"name\":\"x\"}").header("Authorization", "Bearer " + revoked).build()),
                401, "unauthorized", "POST", "/api/v1/saved-searches");

        HttpResponse<String> saved = server.post("/api/v1/saved-searches", "{\"name\":\"Kremlin\",\"query\":{\"q\":\"Kremlin\"}}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        assertThat(ApiContract.fits(saved, "POST", "/api/v1/saved-searches").at("/madeBy").asText()).isEqualTo(TestServer.TOKEN_NAME);
        assertThat(server.store().tokens()).extracting(token -> token.name()).containsExactly(TestServer.TOKEN_NAME);
    }

    @Test
    void beyondLoopbackEveryApiRequestNeedsAToken() {
        try (ParallaxServer open = ParallaxServer.start(server.store(), new Analysis(TestServer.pipeline(null),
                org.parallax.pipeline.ClaimChecker.standard()), ServerSettings.defaults().withHost("0.0.0.0").withPort(0),
                System.err)) {
            URI stories = URI.create("http://127.0.0.1:" + open.port() + "/api/v1/stories");
            error(server.send(HttpRequest.newBuilder(stories).GET().build()), 401, "unauthorized", "GET", "/api/v1/stories");
            HttpResponse<String> allowed = server.send(HttpRequest.newBuilder(stories)
                    .header("Authorization", "Bearer " + server.token()).GET().build());
            assertThat(allowed.statusCode()).isEqualTo(200);
            ApiContract.fits(allowed, "GET", "/api/v1/stories");
            HttpResponse<String> page = server.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + open.port() + "/")).GET().build());
            assertThat(page.statusCode()).as("the web pages themselves load, their API calls carry the token").isEqualTo(200);
        }
        assertThat(server.get("/api/v1/stories").statusCode()).as("on loopback reads are open").isEqualTo(200);
    }

    @Test
    void malformedRequestsAreBadInputNamingWhatIsWrong() {
        JsonNode limit = error(server.get("/api/v1/search?limit=many"), 400, "bad_input", "GET", "/api/v1/search");
        assertThat(limit.at("/error/message").asText()).contains("limit");
        error(server.get("/api/v1/search?limit=100000"), 400, "bad_input", "GET", "/api/v1/search");
        error(server.get("/api/v1/search?from=yesterday"), 400, "bad_input", "GET", "/api/v1/search");
        JsonNode sort = error(server.get("/api/v1/search?sort=loudest"), 400, "bad_input", "GET", "/api/v1/search");
        assertThat(sort.at("/error/message").asText()).contains("relevance");
        error(server.get("/api/v1/search?q=%22unclosed"), 400, "bad_input", "GET", "/api/v1/search");
        error(server.get("/api/v1/search?entity=Nobody%20Anyone"), 400, "bad_input", "GET", "/api/v1/search");
        error(server.get("/api/v1/quotes"), 400, "bad_input", "GET", "/api/v1/quotes");
        error(server.post("/api/v1/entities/e2/merge", "{\"merged\":"), 400, "bad_input", "POST", "/api/v1/entities/{id}/merge");
        error(server.post("/api/v1/entities/e2/merge", "[1,2]"), 400, "bad_input", "POST", "/api/v1/entities/{id}/merge");
        error(server.post("/api/v1/entities/e2/merge", "{\"merged\":7}"), 400, "bad_input", "POST", "/api/v1/entities/{id}/merge");
        error(server.send(server.request("/api/v1/entities/e2/merge").header("Authorization", "Bearer " + server.token())
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("e3")).build()),
                400, "bad_input", "POST", "/api/v1/entities/{id}/merge");
        error(server.post("/api/v1/stories/s1/split", "{\"articles\":[]}"), 400, "bad_input", "POST", "/api/v1/stories/{id}/split");
        error(server.post("/api/v1/claim-checks", "{\"claim\":\"\"}"), 400, "bad_input", "POST", "/api/v1/claim-checks");
        error(server.get("/api/v1/export?format=pdf"), 400, "bad_input", "GET", "/api/v1/export");
        error(server.post("/api/v1/ingests", "{}"), 400, "bad_input", "POST", "/api/v1/ingests");
    }

    @Test
    void whatIsNotThereIsNotFound() {
        error(server.get("/api/v1/stories/s999"), 404, "not_found", "GET", "/api/v1/stories/{id}");
        error(server.get("/api/v1/articles/nothing"), 404, "not_found", "GET", "/api/v1/articles/{id}");
        error(server.get("/api/v1/entities/e999"), 404, "not_found", "GET", "/api/v1/entities/{id}");
        error(server.get("/api/v1/events/v999"), 404, "not_found", "GET", "/api/v1/events/{id}");
        error(server.get("/api/v1/claims/c999"), 404, "not_found", "GET", "/api/v1/claims/{id}");
        error(server.get("/api/v1/saved-searches/999/feed"), 404, "not_found", "GET", "/api/v1/saved-searches/{id}/feed");
        error(server.get("/api/v1/ingests/unknown"), 404, "not_found", "GET", "/api/v1/ingests/{id}");
        error(server.post("/api/v1/entities/e999/merge", "{\"merged\":\"e1\"}"), 404, "not_found", "POST", "/api/v1/entities/{id}/merge");
        HttpResponse<String> nowhere = server.get("/api/v1/nowhere");
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(ApiContract.parse(nowhere.body()).at("/error/category").asText()).isEqualTo("not_found");
    }

    @Test
    void aRequestOverTheSizeLimitIsRefusedBeforeItIsRead() {
        String big = "{\"claim\":\"" + "x".repeat(70 * 1024) + "\"}";
        JsonNode refused = error(server.post("/api/v1/claim-checks", big), 413, "out_of_resources", "POST", "/api/v1/claim-checks");
        assertThat(refused.at("/error/message").asText()).contains(String.valueOf(64 * 1024));
    }

    @Test
    void aClientOverTheRateLimitIsToldToSlowDown() {
        try (ParallaxServer limited = ParallaxServer.start(server.store(), new Analysis(TestServer.pipeline(null),
                org.parallax.pipeline.ClaimChecker.standard()), ServerSettings.defaults().withPort(0).withRequestsPerSecond(1),
                System.err)) {
            URI stats = limited.address().resolve("api/v1/stats");
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (int i = 0; i < 40 && responses.stream().noneMatch(response -> response.statusCode() == 429); i++) {
                responses.add(server.send(HttpRequest.newBuilder(stats).GET().build()));
            }
            assertThat(responses.get(0).statusCode()).isEqualTo(200);
            HttpResponse<String> refused = responses.get(responses.size() - 1);
            error(refused, 429, "out_of_resources", "GET", "/api/v1/stats");
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        }
    }

    @Test
    void theRateLimitIsATokenBucketPerClient() {
        long[] now = {0};
        RateLimiter limiter = new RateLimiter(2, () -> now[0]);

        assertThat(List.of(limiter.allow("a"), limiter.allow("a"), limiter.allow("a"), limiter.allow("a"), limiter.allow("a")))
                .as("a burst of twice the rate, then no more").containsExactly(true, true, true, true, false);
        assertThat(limiter.allow("b")).as("another client has its own bucket").isTrue();
        now[0] += 500_000_000L;
        assertThat(limiter.allow("a")).as("half a second later, one more").isTrue();
        assertThat(limiter.allow("a")).isFalse();
        now[0] += 120_000_000_000L;
        assertThat(limiter.allow("c")).isTrue();
        assertThat(limiter.clients()).as("clients idle for a minute are forgotten").isEqualTo(1);
        assertThat(new RateLimiter(0).allow("a")).as("0: no limit").isTrue();
    }
}
