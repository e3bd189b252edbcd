package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * Issue 10: the store's commands over the examples, ingested once (with the language layer):
 * ingest, stats, search, ask, export in every format, and corrections with their audit log.
 */
class Issue10StoreCommandsTest {

    static final Path ROOT = ExamplesTest.ROOT;

    @TempDir
    static Path folder;

    static String store;

    @BeforeAll
    static void ingestTheExamples() {
        store = folder.resolve("parallax-data").toString();
        CommandRun run = CommandRun.of("ingest", "--no-progress", "--store", store, "--as", "tester",
                "--manifest", ROOT.resolve("examples/manifest.csv").toString(), ROOT.resolve("examples").toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("3 articles from 3 inputs: 3 new, 0 already stored");
    }

    @Test
    void statsCountWhatTheStoreHolds() throws IOException {
        CommandRun run = CommandRun.of("stats", "--store", store, "--json");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        JsonNode counts = new ObjectMapper().readTree(run.out());
        assertThat(counts.get("articles").asInt()).isEqualTo(3);
        assertThat(counts.get("outlets").asInt()).isEqualTo(3);
        for (String kind : List.of("entities", "quotes", "events", "stories", "claims")) {
            assertThat(counts.get(kind).asInt()).as(kind).isPositive();
        }
        assertThat(CommandRun.of("stats", "--store", store).out()).containsPattern("articles\\s+3");
    }

    @Test
    void ingestingTheSameArticlesAgainAddsNothing() {
        CommandRun run = CommandRun.of("ingest", "--no-progress", "--store", store, "--no-language",
                "--manifest", ROOT.resolve("examples/manifest.csv").toString(), ROOT.resolve("examples").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("3 articles from 3 inputs: 0 new, 3 already stored");
    }

    @Test
    void searchPrintsHighlightedHitsAndFacetsAndJsonWithEachSource() throws IOException {
        CommandRun run = CommandRun.of("search", "--store", store, "--outlet", "The Cradle", "intelligence");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).startsWith("1 articles match").contains("[intelligence]").contains("by outlet: The Cradle 1;");

        CommandRun json = CommandRun.of("search", "--store", store, "--json", "--sort", "oldest", "--speaker", "Zelensky",
                "--page-size", "1", "--page", "2");
        assertThat(json.exitCode()).as(json.err()).isEqualTo(ExitCodes.OK);
        JsonNode results = new ObjectMapper().readTree(json.out());
        assertThat(results.get("total").asInt()).isGreaterThan(1);
        assertThat(results.get("hits")).hasSize(1);
        assertThat(results.at("/hits/0/source").asText()).contains("examples");

        CommandRun first = CommandRun.of("search", "--store", store, "--sort", "oldest", "--page-size", "1");
        String cursor = first.out().lines().filter(line -> line.startsWith("next page: --cursor ")).findFirst().orElseThrow()
                .substring("next page: --cursor ".length());
        CommandRun second = CommandRun.of("search", "--store", store, "--json", "--sort", "oldest", "--page-size", "1", "--cursor", cursor);
        CommandRun byPage = CommandRun.of("search", "--store", store, "--json", "--sort", "oldest", "--page-size", "1", "--page", "2");
        assertThat(second.exitCode()).as(second.err()).isEqualTo(ExitCodes.OK);
        assertThat(new ObjectMapper().readTree(second.out()).at("/hits/0/article").asText())
                .isEqualTo(new ObjectMapper().readTree(byPage.out()).at("/hits/0/article").asText()).isNotEmpty();
        assertThat(CommandRun.of("search", "--store", store, "--cursor", cursor, "--page", "2").exitCode()).isEqualTo(ExitCodes.USAGE);

        CommandRun unknown = CommandRun.of("search", "--store", store, "--entity", "Nobody At All", "x");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("the store knows no entity Nobody At All");
    }

    @Test
    void askAnswersWhoSpokeAboutWhatAndWhichOutletsLeftAClaimOut() {
        CommandRun speakers = CommandRun.of("ask", "speakers", "--store", store, "Ukraine");
        assertThat(speakers.exitCode()).as(speakers.err()).isEqualTo(ExitCodes.OK);
        assertThat(speakers.out()).contains("quotes");

        CommandRun claim = CommandRun.of("ask", "claim", "--store", store, "c1");
        assertThat(claim.exitCode()).as(claim.err()).isEqualTo(ExitCodes.OK);
        assertThat(claim.out()).contains("Breitbart").containsAnyOf("reported", "contradicted");

        CommandRun timeline = CommandRun.of("ask", "timeline", "--store", store, "Zelensky");
        assertThat(timeline.exitCode()).as(timeline.err()).isEqualTo(ExitCodes.OK);
        assertThat(timeline.out()).contains("2022");
    }

    @Test
    void everyExportFormatIsWritten() throws Exception {
        Path out = folder.resolve("exports");
        for (String format : List.of("jsonl", "graphml", "html")) {
            String target = format.equals("html") ? "html" : "all." + format;
            CommandRun run = CommandRun.of("export", "--store", store, "--format", format, "--out", out.resolve(target).toString());
            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        }
        List<String> lines = Files.readAllLines(out.resolve("all.jsonl"));
        ObjectMapper json = new ObjectMapper();
        assertThat(lines.stream().map(line -> readTree(json, line).get("kind").asText()).toList())
                .containsExactly("article", "article", "article", "story");
        JsonNode story = readTree(json, lines.get(3));
        assertThat(story.at("/story/claims")).isNotEmpty();
        assertThat(story.get("independentSources").asInt()).isEqualTo(3);

        Document graph = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve("all.graphml").toFile());
        assertThat(graph.getElementsByTagName("node").getLength()).isPositive();
        assertThat(graph.getElementsByTagName("edge").getLength()).isPositive();

        assertThat(Files.readString(out.resolve("html").resolve("report.html"))).contains("Ukrainian president reveals intelligence cooperation with Israel");

        CommandRun csv = CommandRun.of("export", "--store", store, "--format", "csv", "--outlet", "Breitbart",
                "--out", out.resolve("csv").toString());
        assertThat(csv.exitCode()).as(csv.err()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readAllLines(out.resolve("csv/articles.csv"))).hasSize(2);
        for (String table : List.of("quotes", "entities", "events", "claims")) {
            assertThat(Files.readAllLines(out.resolve("csv/" + table + ".csv")).size()).as(table).isGreaterThan(1);
        }
        CommandRun bad = CommandRun.of("export", "--store", store, "--format", "pdf", "--out", out.resolve("x").toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    private static JsonNode readTree(ObjectMapper json, String line) {
        try {
            return json.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }

    @Test
    void correctionsArePrintedAndKeptInTheAuditLog() {
        Path copy = folder.resolve("corrected");
        CommandRun ingest = CommandRun.of("ingest", "--no-progress", "--store", copy.toString(),
                "--manifest", ROOT.resolve("examples/manifest.csv").toString(), ROOT.resolve("examples").toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isEqualTo(ExitCodes.OK);

        CommandRun merge = CommandRun.of("entity", "merge", "--store", copy.toString(), "--as", "analyst", "e1", "e2");
        assertThat(merge.exitCode()).as(merge.err()).isEqualTo(ExitCodes.OK);
        assertThat(merge.out()).startsWith("correction 1 by analyst at ").contains("merged entity e2");

        CommandRun split = CommandRun.of("story", "split", "--store", copy.toString(), "--as", "editor", "s1",
                "--articles", firstArticle(copy.toString()));
        assertThat(split.exitCode()).as(split.err()).isEqualTo(ExitCodes.OK);
        assertThat(CommandRun.of("story", "list", "--store", copy.toString()).out().lines()).hasSize(2);

        CommandRun missing = CommandRun.of("entity", "merge", "--store", copy.toString(), "e1", "e999");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("no entity e999");

        CommandRun audit = CommandRun.of("audit", "--store", copy.toString());
        assertThat(audit.out().lines()).hasSize(2);
        assertThat(audit.out()).contains("by analyst").contains("by editor");
    }

    private static String firstArticle(String store) {
        CommandRun search = CommandRun.of("search", "--store", store, "--json", "--sort", "oldest");
        try {
            return new ObjectMapper().readTree(search.out()).at("/hits/0/article").asText();
        } catch (IOException e) {
            throw new AssertionError(search.out(), e);
        }
    }
}
