package org.parallax.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 11: an upload analysed with its progress as server-sent events, the new article in search and
 * in a saved search's Atom feed, returned as inert JSON however hostile its content; corrections
 * through the API recorded in the audit log with the token's name; exports streamed whole.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Issue11IngestAndCorrectionsTest extends ServerTest {

    @Test
    @Order(1)
    void anUploadIsFollowedBySentEventsUntilItsArticleIsStoredAndFound() throws Exception {
        HttpResponse<String> saved = server.post("/api/v1/saved-searches", "{\"name\":\"denials\",\"query\":{\"q\":\"denies OR denial\"}}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        String feed = ApiContract.fits(saved, "POST", "/api/v1/saved-searches").at("/feed").asText();
        assertThat(server.get(feed).body()).doesNotContain("<entry>");

        HttpResponse<String> upload = server.send(multipart("/api/v1/ingests", "injection.html", fixture("injection.html")));
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(202);
        JsonNode job = ApiContract.fits(upload, "POST", "/api/v1/ingests");
        String id = job.at("/id").asText();
        assertThat(upload.headers().firstValue("Location")).contains("/api/v1/ingests/" + id);

        HttpResponse<Stream<String>> events = server.client().send(server.request("/api/v1/ingests/" + id + "/events")
                .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofLines());
        assertThat(events.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        List<String> names = new ArrayList<>();
        List<JsonNode> data = new ArrayList<>();
        try (Stream<String> lines = events.body()) {
            lines.forEach(line -> {
                if (line.startsWith("event: ")) {
                    names.add(line.substring(7));
                } else if (line.startsWith("data: ")) {
                    data.add(ApiContract.parse(line.substring(6)));
                }
            });
        }
        assertThat(names).last().isEqualTo("done");
        assertThat(names).contains("progress");
        JsonNode done = data.get(data.size() - 1);
        assertThat(done.at("/state").asText()).isEqualTo("done");
        assertThat(done.at("/articlesStored")).hasSize(1);
        assertThat(done.at("/problems")).isEmpty();
        assertThat(data).extracting(event -> event.at("/stage").asText()).contains("resolving entities");
        HttpResponse<String> state = server.get("/api/v1/ingests/" + id);
        assertThat(ApiContract.fits(state, "GET", "/api/v1/ingests/{id}")).isEqualTo(done);
        error(server.get("/api/v1/ingests/" + id + "/events"), 406);

        String article = done.at("/articlesStored/0").asText();
        HttpResponse<String> read = server.get("/api/v1/articles/" + article);
        JsonNode page = ApiContract.fits(read, "GET", "/api/v1/articles/{id}");
        assertThat(read.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(read.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.at("/article/title").asText()).contains("<img src=x onerror=alert(1)>");
        assertThat(page.at("/article/text").asText()).contains("<script>alert(3)</script>").doesNotContain("owned");
        assertThat(read.body()).as("the hostile text travels as JSON strings only").doesNotContain("\"<script");

        assertThat(ApiContract.fits(server.get("/api/v1/search?q=denial"), "GET", "/api/v1/search").at("/hits/0/article").asText())
                .isEqualTo(article);
        String atom = server.get(feed).body();
        assertThat(atom).contains("<entry>").contains("/api/v1/articles/" + article).contains("&lt;img src=x onerror=alert(1)&gt;");
        assertThat(atom).doesNotContain("<img");
        assertThat(server.get("/api/v1/stats").body()).contains("\"articles\":4");
    }

    @Test
    @Order(2)
    void correctionsAreMadeThroughTheStoreAndAuditedWithTheTokensName() throws Exception {
        String zelensky = ApiContract.parse(server.get("/api/v1/entities?q=Zelensky").body()).at("/entities/0/id").asText();
        String yermak = ApiContract.parse(server.get("/api/v1/entities?q=Yermak").body()).at("/entities/0/id").asText();

        HttpResponse<String> merged = server.post("/api/v1/entities/" + zelensky + "/merge", "{\"merged\":\"" + yermak + "\"}");
        assertThat(merged.statusCode()).as(merged.body()).isEqualTo(201);
        JsonNode correction = ApiContract.fits(merged, "POST", "/api/v1/entities/{id}/merge").at("/correction");
        assertThat(correction.at("/kind").asText()).isEqualTo("merge-entities");
        assertThat(correction.at("/madeBy").asText()).isEqualTo(TestServer.TOKEN_NAME);
        JsonNode entity = ApiContract.parse(server.get("/api/v1/entities/" + zelensky).body());
        assertThat(entity.at("/aliases/aliases").toString()).contains("Yermak");

        HttpResponse<String> split = server.post("/api/v1/entities/" + zelensky + "/split", "{\"alias\":\"Andriy Yermak\"}");
        assertThat(split.statusCode()).as(split.body()).isEqualTo(201);
        ApiContract.fits(split, "POST", "/api/v1/entities/{id}/split");
        assertThat(ApiContract.parse(server.get("/api/v1/entities/" + zelensky).body()).at("/aliases/aliases").toString())
                .doesNotContain("Andriy Yermak");

        JsonNode story = ApiContract.parse(server.get("/api/v1/stories/s1").body());
        String splitOff = story.at("/articleList/hits/0/article").asText();
        HttpResponse<String> storySplit = server.post("/api/v1/stories/s1/split", "{\"articles\":[\"" + splitOff + "\"]}");
        assertThat(storySplit.statusCode()).as(storySplit.body()).isEqualTo(201);
        ApiContract.fits(storySplit, "POST", "/api/v1/stories/{id}/split");
        JsonNode stories = ApiContract.parse(server.get("/api/v1/stories?limit=100").body());
        String other = null;
        for (JsonNode summary : stories.at("/stories")) {
            JsonNode full = ApiContract.parse(server.get("/api/v1/stories/" + summary.at("/id").asText()).body());
            // the list tells each story's blindspots from its coverage and the store's outlets: the store's own answer
            assertThat(summary.at("/blindspots").toString()).isEqualTo(full.at("/blindspots").toString())
                    .isEqualTo(JsonBodies.mapper().writeValueAsString(server.store().blindspots(summary.at("/id").asText())));
            if (full.at("/articleList/hits").toString().contains(splitOff) && full.at("/articleList/total").asInt() == 1) {
                other = summary.at("/id").asText();
                assertThat(summary.at("/blindspots").size()).as("the outlets that left the split-off story out").isPositive();
            }
        }
        assertThat(other).as("the split-off article's own story").isNotNull();
        HttpResponse<String> storyMerge = server.post("/api/v1/stories/s1/merge", "{\"merged\":\"" + other + "\"}");
        assertThat(storyMerge.statusCode()).as(storyMerge.body()).isEqualTo(201);
        ApiContract.fits(storyMerge, "POST", "/api/v1/stories/{id}/merge");

        JsonNode audit = ApiContract.fits(server.get("/api/v1/audit"), "GET", "/api/v1/audit");
        assertThat(audit.at("/corrections")).hasSize(4);
        assertThat(audit.at("/corrections")).extracting(item -> item.at("/madeBy").asText()).containsOnly(TestServer.TOKEN_NAME);
        assertThat(audit.at("/corrections")).extracting(item -> item.at("/kind").asText())
                .containsExactly("merge-entities", "split-entity", "split-story", "merge-stories");
        assertThat(server.store().auditLog()).hasSize(4);
    }

    @Test
    @Order(3)
    void exportsStreamTheWholeStore() throws IOException, InterruptedException {
        HttpResponse<String> jsonl = server.get("/api/v1/export?format=jsonl");
        assertThat(jsonl.statusCode()).isEqualTo(200);
        assertThat(jsonl.headers().firstValue("Content-Type").orElse("")).startsWith("application/x-ndjson");
        List<JsonNode> lines = jsonl.body().lines().filter(line -> !line.isBlank()).map(ApiContract::parse).toList();
        assertThat(lines).filteredOn(line -> line.at("/kind").asText().equals("article")).hasSize(4);
        assertThat(lines).filteredOn(line -> line.at("/kind").asText().equals("story")).isNotEmpty();

        HttpResponse<String> cradle = server.get("/api/v1/export?format=jsonl&outlet=The%20Cradle");
        assertThat(cradle.body().lines().filter(line -> line.contains("\"kind\":\"article\""))).hasSize(1);
        HttpResponse<String> graph = server.get("/api/v1/export?format=graphml");
        assertThat(graph.body()).startsWith("<?xml").contains("<graphml");

        HttpResponse<InputStream> csv = server.client().send(server.request("/api/v1/export?format=csv").GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("application/zip");
        List<String> entries = new ArrayList<>();
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(csv.body())) {
            for (java.util.zip.ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.add(entry.getName());
            }
        }
        assertThat(entries).contains("parallax-csv/articles.csv", "parallax-csv/quotes.csv", "parallax-csv/claims.csv");
    }

    private static void error(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(ApiContract.parse(response.body()).at("/error/category").asText()).isNotBlank();
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = Issue11IngestAndCorrectionsTest.class.getResourceAsStream("/fixtures/" + name)) {
            return in.readAllBytes();
        }
    }

    /** A multipart/form-data upload of one file as the part {@code files}, with the token. */
    static HttpRequest multipart(String path, String name, byte[] content) {
        String boundary = "parallax-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return server.request(path).header("Authorization", "Bearer " + server.token())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }
}
