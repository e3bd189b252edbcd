package org.parallax.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.parallax.ingest.FormatReaders;
import org.parallax.ingest.IngestListener;
import org.parallax.ingest.IngestOptions;
import org.parallax.ingest.Ingestor;
import org.parallax.language.LanguagePipelines;
import org.parallax.model.Article;
import org.parallax.pipeline.ClaimChecker;
import org.parallax.store.Store;
import org.parallax.store.StoreBenchmark;
import org.parallax.store.StoreLocation;

/**
 * A benchmark, not a test (its name keeps it out of {@code ./mvnw test}): the web UI's pages loaded
 * in headless Chromium over a large store, each timed from the navigation's start (Navigation
 * Timing's origin) to its first view rendered, the API reads it waits for included. The store is
 * {@code bench serve}'s: variations of real PolNEAR articles analysed once, across twenty outlets.
 * <pre>./mvnw -q -B -pl parallax-server -am test -Dtest=PageRenderBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dparallax.renderBench.articles=10000 -DargLine=-Xmx3g</pre>
 * ({@code -Dparallax.renderBench.store=DIR} keeps the store in {@code DIR} and reuses it on the next run). It prints the rows and writes them to {@code parallax-out/bench-render.md}.
 */
class PageRenderBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LOADS = 7;

    @TempDir
    Path folder;

    @Test
    void pagesRenderTimes() throws Exception {
        int articles = Integer.getInteger("parallax.renderBench.articles", 10_000);
        Path corpus = TestServer.ROOT.resolve("../shared/bench/polnear/train/text");
        Assumptions.assumeTrue(Files.isDirectory(corpus), "the benchmark needs " + corpus);
        PrintWriter log = new PrintWriter(System.out, true);
        List<Article> texts = new Ingestor(FormatReaders.standard(), IngestOptions.defaults()).ingest(List.of(corpus.toString()), IngestListener.NONE).articles();
        StoreBenchmark filler = new StoreBenchmark(new StoreBenchmark.Settings(30, articles, articles, 0, 256), log);
        StoreBenchmark.Baseline baseline = filler.baseline(texts, LanguagePipelines.standard()::annotate);
        List<String> rows = new ArrayList<>();
        List<String> phaseRows = new ArrayList<>();
        List<String> apiRows = List.of();
        // -Dparallax.renderBench.store=DIR keeps the store there and reuses it on the next run (filling 100,000
        // articles takes about half an hour), instead of a new one in a temporary folder.
        String kept = System.getProperty("parallax.renderBench.store", "");
        Path storeFolder = kept.isBlank() ? folder.resolve("store") : Path.of(kept);
        boolean reuse = !kept.isBlank() && Files.isDirectory(storeFolder.resolve("records"));
        try (Store store = Store.open(StoreLocation.embedded(storeFolder))) {
            if (reuse) {
                log.printf(Locale.ROOT, "store of %d articles, %d stories reused from %s%n", store.counts().current(), store.counts().stories(), storeFolder);
            } else {
                double filled = filler.fillForServing(store, baseline, articles);
                log.printf(Locale.ROOT, "store of %d articles, %d stories filled in %.0f s%n", store.counts().current(), store.counts().stories(), filled);
            }
            Analysis analysis = new Analysis(TestServer.pipeline(null), ClaimChecker.standard());
            ServerSettings settings = ServerSettings.defaults().withPort(0).withRequestsPerSecond(0);
            try (ParallaxServer server = ParallaxServer.start(store, analysis, settings, new PrintStream(System.err, true));
                 Browser browser = Browser.open(server.address())) {
                Map<String, String> pages = pages(server);
                apiRows = apiTimes(server, apiCalls(pages), log);
                for (Map.Entry<String, String> page : pages.entrySet()) {
                    long[] times = new long[LOADS];
                    long[][] phases = new long[PHASES.size()][LOADS];
                    for (int load = 0; load < LOADS; load++) {
                        browser.driver().get("about:blank");
                        browser.driver().get(server.address().resolve("/" + page.getValue()).toString());
                        browser.rendered();
                        assertThat(browser.all("#main .error")).as(page.getKey()).isEmpty();
                        times[load] = Long.parseLong(browser.driver().findElement(By.id("main")).getAttribute("data-ready"));
                        JsonNode phase = JSON.readTree(String.valueOf(browser.script(PHASE_SCRIPT)));
                        for (int index = 0; index < PHASES.size(); index++) {
                            phases[index][load] = phase.path(PHASES.get(index)).asLong();
                        }
                    }
                    phaseRows.add(phaseRow(page.getKey(), phases));
                    log.println(phaseRows.get(phaseRows.size() - 1));
                    long[] warm = Arrays.copyOfRange(times, 1, LOADS);
                    Arrays.sort(warm);
                    rows.add(String.format(Locale.ROOT, "| %s | %,d articles, %,d stories | median %d ms, worst %d ms (first load %d ms; %d loads) |",
                            page.getKey(), store.counts().current(), store.counts().stories(), warm[warm.length / 2], warm[warm.length - 1], times[0], LOADS));
                    log.println(rows.get(rows.size() - 1));
                }
            }
        }
        List<String> report = new ArrayList<>();
        report.add("<!-- PageRenderBenchmark, " + Instant.now() + ", " + Runtime.getRuntime().availableProcessors() + " cores, load average "
                + String.format(Locale.ROOT, "%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()) + " -->");
        report.add("| page | store | navigation start to first view rendered |");
        report.add("|---|---|---|");
        report.addAll(rows);
        report.add("");
        report.add("| page (medians of the warm loads, ms from the navigation's start) | " + String.join(" | ", PHASE_NAMES) + " |");
        report.add("|---" + "|---".repeat(PHASES.size()) + "|");
        report.addAll(phaseRows);
        report.add("");
        report.add("| API call behind the pages (java.net.http on loopback) | answer | time to the whole answer |");
        report.add("|---|---|---|");
        report.addAll(apiRows);
        Path output = TestServer.ROOT.resolve("parallax-out").resolve("bench-render.md");
        Files.createDirectories(output.getParent());
        Files.write(output, report);
        log.println("figures written to " + output.toAbsolutePath().normalize());
    }

    /** What {@link #PHASE_SCRIPT} measures, in its order, and what the report calls each. */
    private static final List<String> PHASES = List.of("document", "files", "filesCount", "filesFetched", "firstApi", "lastApi", "apiCount", "ready");
    private static final List<String> PHASE_NAMES = List.of("page's HTML in", "its scripts and styles in", "how many", "of them fetched (not from the browser's cache)",
            "first API request sent", "last API answer in before the first view", "how many API requests", "first view rendered");

    /**
     * Where a page's time goes, from the browser's Navigation and Resource Timing (all in milliseconds from the
     * navigation's start): its HTML's end, its scripts' and styles' last end and number, its first API request's start,
     * the last end of an API answer begun before the first view was rendered and their number, and that first view; also
     * how many of the scripts and styles came over the network (a transfer size above 0: asked again, if only to hear
     * "not modified") rather than from the browser's cache.
     */
    private static final String PHASE_SCRIPT = """
            const ready = Number(document.getElementById('main').dataset.ready);
            const navigation = performance.getEntriesByType('navigation')[0];
            const resources = performance.getEntriesByType('resource');
            const files = resources.filter((entry) => !entry.name.includes('/api/'));
            const api = resources.filter((entry) => entry.name.includes('/api/') && entry.startTime <= ready);
            const last = (entries) => Math.round(Math.max(0, ...entries.map((entry) => entry.responseEnd)));
            return JSON.stringify({document: Math.round(navigation.responseEnd), files: last(files), filesCount: files.length,
                filesFetched: files.filter((entry) => entry.transferSize > 0).length,
                firstApi: Math.round(api.length ? Math.min(...api.map((entry) => entry.startTime)) : 0),
                lastApi: last(api), apiCount: api.length, ready});""";

    /** A row of the medians of each phase over the warm loads (the first load left out, as for the times). */
    private static String phaseRow(String page, long[][] phases) {
        StringBuilder row = new StringBuilder("| ").append(page);
        for (long[] phase : phases) {
            long[] warm = Arrays.copyOfRange(phase, 1, LOADS);
            Arrays.sort(warm);
            row.append(" | ").append(warm[warm.length / 2]);
        }
        return row.append(" |").toString();
    }

    /**
     * The API calls each page's first view waits for (as its script in web/js/views asks them), by page route; for the
     * story page also those it makes after its first view (its events, cast, and the next page of its articles).
     */
    private static List<String> apiCalls(Map<String, String> pages) {
        List<String> calls = new ArrayList<>(List.of("api/v1/stories?offset=0&limit=20", "api/v1/outlets"));
        for (String route : pages.values()) {
            if (route.startsWith("#/story/")) {
                String id = route.substring("#/story/".length());
                calls.add("api/v1/stories/" + id);
                calls.add("api/v1/stories/" + id + "/events?limit=100");
                calls.add("api/v1/stories/" + id + "/cast?limit=60");
                calls.add("api/v1/stories/" + id + "/articles?offset=20&limit=100");
            } else if (route.startsWith("#/article/")) {
                calls.add("api/v1/articles/" + route.substring("#/article/".length()));
            } else if (route.startsWith("#/entity/")) {
                calls.add("api/v1/entities/" + route.substring("#/entity/".length()) + "?offset=0&limit=20");
            } else if (route.startsWith("#/search?q=")) {
                calls.add("api/v1/search?offset=0&limit=10&q=" + route.substring("#/search?q=".length()));
            }
        }
        return calls;
    }

    /**
     * Each API call's time to its whole answer over loopback (the server's work, its writing and the transfer; no
     * browser): median and worst of {@link #LOADS} - 1 calls after a first one, with the answer's size.
     */
    private static List<String> apiTimes(ParallaxServer server, List<String> calls, PrintWriter log) throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        List<String> rows = new ArrayList<>();
        for (String call : calls) {
            long[] times = new long[LOADS];
            int bytes = 0;
            for (int load = 0; load < LOADS; load++) {
                long start = System.nanoTime();
                java.net.http.HttpResponse<byte[]> response = client.send(java.net.http.HttpRequest.newBuilder(
                        server.address().resolve("/" + call)).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
                times[load] = (System.nanoTime() - start) / 1_000_000;
                assertThat(response.statusCode()).as(call).isEqualTo(200);
                bytes = response.body().length;
            }
            long[] warm = Arrays.copyOfRange(times, 1, LOADS);
            Arrays.sort(warm);
            rows.add(String.format(Locale.ROOT, "| `GET /%s` | %,d bytes | median %d ms, worst %d ms (first %d ms) |", call, bytes,
                    warm[warm.length / 2], warm[warm.length - 1], times[0]));
            log.println(rows.get(rows.size() - 1));
        }
        return rows;
    }

    /** The pages timed: the stories, the largest story, one of its articles, an entity, a search. */
    private static Map<String, String> pages(ParallaxServer server) throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.util.function.Function<String, JsonNode> get = path -> {
            try {
                return JSON.readTree(client.send(java.net.http.HttpRequest.newBuilder(server.address().resolve(path)).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString()).body());
            } catch (Exception e) {
                throw new IllegalStateException("cannot read " + path, e);
            }
        };
        JsonNode story = get.apply("/api/v1/stories?limit=1").path("stories").get(0);
        JsonNode page = get.apply("/api/v1/stories/" + story.path("id").asText());
        String article = page.path("articleList").path("hits").get(0).path("article").asText();
        String entity = get.apply("/api/v1/entities?limit=1").path("entities").get(0).path("id").asText();
        String word = story.path("title").asText().split("\\s+")[0];
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("stories (first page of 20)", "");
        pages.put("story (" + story.path("articles").asInt() + " articles, " + page.path("claims").path("total").asInt() + " claims)", "#/story/" + story.path("id").asText());
        pages.put("article", "#/article/" + article);
        pages.put("entity", "#/entity/" + entity);
        pages.put("search (\"" + word + "\", facets)", "#/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
        return pages;
    }
}
