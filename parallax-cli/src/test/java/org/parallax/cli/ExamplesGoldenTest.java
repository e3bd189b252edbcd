package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testing.GoldenFile;

/**
 * The main job, language and cross-article layers included, on the bundled examples: the seeds'
 * quotes, speakers, time values, roles and story pinned in a golden file, one span per line
 * ({@code [10,18) QUOTE direct "..." speaker=...}). After a deliberate change, rerun with
 * {@code -Dparallax.updateGolden=true} and review the diff line by line.
 */
class ExamplesGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/examples.golden.txt");
    private static final Path STORY_GOLDEN = Path.of("src/test/resources/golden/story.golden.txt");

    @TempDir
    static Path out;
    static JsonNode analysis;

    @BeforeAll
    static void analyseExamples() throws IOException {
        CommandRun run = CommandRun.of("analyze", "--no-progress",
                "--manifest", ExamplesTest.ROOT.resolve("examples/manifest.csv").toString(),
                "--out", out.toString(), ExamplesTest.ROOT.resolve("examples").toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        analysis = new ObjectMapper().readTree(out.resolve("analysis.json").toFile());
    }

    @Test
    void seedAnalysisMatchesTheGoldenFile() {
        GoldenFile.assertMatches(render(analysis), GOLDEN);
    }

    /** Issue 4: the story view (cast, timeline, claims and matrix) of the seeds, as a journalist reads it. */
    @Test
    void seedStoryViewMatchesTheGoldenFile() {
        GoldenFile.assertMatches(StoryRendering.render(analysis), STORY_GOLDEN);
    }

    @Test
    void theThreeOutletsTellOneStory() {
        assertThat(analysis.at("/stories")).hasSize(1);
        assertThat(analysis.at("/stories/0/outlets")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("Breitbart", "The Cradle", "The Jerusalem Post");
        List<String> cast = new ArrayList<>();
        analysis.at("/stories/0/entities").forEach(id -> cast.add(entityName(id.asText())));
        assertThat(cast).contains("Volodymyr Zelensky", "Naftali Bennett", "Vladimir Putin", "Andriy Yermak", "Gary Koren",
                "Michael Brodsky", "Dmitry Medvedev", "Yair Lapid");
    }

    private static String entityName(String id) {
        for (JsonNode entity : analysis.get("entities")) {
            if (entity.get("id").asText().equals(id)) {
                return entity.get("name").asText();
            }
        }
        return "unknown " + id;
    }

    @Test
    void speakersAndTimesAsACarefulReaderReadsThem() {
        JsonNode jpost = analysis.at("/articles/2");
        assertThat(speakerOf(jpost, "We are in touch with all sides")).isEqualTo("Gary Koren");
        assertThat(speakerOf(jpost, "There is no window of opportunity")).isEqualTo("Michael Brodsky");
        assertThat(speakerOf(jpost, "The Israeli Embassy in Ukraine has staff at the border")).isEqualTo("Michael Brodsky");
        assertThat(timexValue(jpost, "October")).isEqualTo("2021-10");
        assertThat(timexValue(jpost, "Monday")).isEqualTo("2022-02-28");
        JsonNode breitbart = analysis.at("/articles/0");
        assertThat(speakerOf(breitbart, "There hasn’t been any pressure")).isEqualTo("Andriy Yermak");
        JsonNode sunday = timex(breitbart, "Sunday");
        assertThat(sunday.get("value").asText()).isEqualTo("2022-02-27");
        assertThat(sunday.at("/reference/kind").asText()).isEqualTo("embedded-post");
    }

    private static String speakerOf(JsonNode article, String quoteStart) {
        for (JsonNode quote : article.get("quotes")) {
            if (covered(article, quote).startsWith(quoteStart)) {
                String entity = quote.at("/speaker/entity").asText();
                for (JsonNode candidate : analysis.get("entities")) {
                    if (candidate.get("id").asText().equals(entity)) {
                        return candidate.get("name").asText();
                    }
                }
                return "unresolved: " + covered(article, quote.get("speaker"));
            }
        }
        return "no quote starting " + quoteStart;
    }

    private static JsonNode timex(JsonNode article, String text) {
        for (JsonNode timex : article.get("timexes")) {
            if (covered(article, timex).equals(text)) {
                return timex;
            }
        }
        throw new AssertionError("no timex " + text);
    }

    private static String timexValue(JsonNode article, String text) {
        return timex(article, text).get("value").asText();
    }

    /** Quotes, time expressions and roles of every article, then the story, one line each. */
    static String render(JsonNode analysis) {
        StringBuilder out = new StringBuilder();
        java.util.Map<String, String> names = new java.util.HashMap<>();
        for (JsonNode entity : analysis.get("entities")) {
            names.put(entity.get("id").asText(), entity.get("name").asText());
        }
        // Article ids derive from the path as given, which differs between checkouts: name articles by file.
        java.util.Map<String, String> files = new java.util.HashMap<>();
        for (JsonNode article : analysis.get("articles")) {
            files.put(article.get("id").asText(), article.get("source").asText().replaceAll(".*/", ""));
        }
        for (JsonNode article : analysis.get("articles")) {
            out.append("# ").append(files.get(article.get("id").asText())).append('\n');
            for (JsonNode quote : article.get("quotes")) {
                // format 4.1: an interrupted quotation's pieces, one line each under its quote line
                JsonNode pieces = quote.path("pieces");
                out.append(span(quote)).append(" QUOTE ").append(quote.get("kind").asText()).append(' ')
                        .append(pieces.isArray() ? pieces.size() + " pieces" : quoted(covered(article, quote)));
                JsonNode speaker = quote.path("speaker");
                if (!quote.hasNonNull("speaker")) {
                    out.append(" speaker=-");
                } else {
                    out.append(" speaker=").append(quoted(covered(article, speaker))).append(" -> ")
                            .append(names.getOrDefault(speaker.path("entity").asText(), "-"))
                            .append(" (").append(speaker.get("resolution").asText()).append(')');
                }
                out.append('\n');
                for (JsonNode piece : pieces) {
                    out.append("  ").append(span(piece)).append(" PIECE ").append(quoted(covered(article, piece))).append('\n');
                }
            }
            for (JsonNode timex : article.get("timexes")) {
                out.append(span(timex)).append(" TIMEX ").append(timex.get("type").asText()).append(' ')
                        .append(quoted(covered(article, timex))).append(" = ").append(timex.get("value").asText())
                        .append(" (").append(timex.at("/reference/kind").asText("publication")).append(")\n"); // 4.0: implied when the article's own date
            }
        }
        for (JsonNode entity : analysis.get("entities")) {
            for (JsonNode role : entity.get("roles")) {
                out.append(span(role.get("evidence"))).append(" ROLE ").append(quoted(role.get("title").asText()))
                        .append(" of ").append(entity.get("name").asText()).append(" in ")
                        .append(files.get(role.at("/evidence/article").asText())).append('\n');
            }
        }
        for (JsonNode story : analysis.get("stories")) {
            out.append("STORY ").append(quoted(story.get("title").asText())).append(" outlets=")
                    .append(story.get("outlets")).append(" events=").append(story.get("events").size())
                    .append(" claims=").append(story.get("claims").size()).append('\n');
        }
        return out.toString();
    }

    /** The words of {@code article}'s text that a span {@code {begin, end}} of it covers. */
    static String covered(JsonNode article, JsonNode span) {
        return article.get("text").asText().substring(span.get("begin").asInt(), span.get("end").asInt());
    }

    static String span(JsonNode node) {
        return "[" + node.get("begin").asInt() + "," + node.get("end").asInt() + ")";
    }

    static String quoted(String text) {
        return GoldenFile.quoted(text);
    }
}
