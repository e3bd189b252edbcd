package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parallax check} end to end on the seed articles: one line per (claim, article) pair, a
 * claim row that names its article is checked against that one only, bad rows and an unreadable
 * input are named and the rest is checked, and the page escapes what the claims say.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckCommandTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("parallax.repositoryRoot", "..")).resolve("examples");

    @TempDir
    static Path folder;
    private CommandRun run;
    private List<JsonNode> lines;
    private String page;

    @BeforeAll
    void check() throws IOException {
        Path articles = Files.createDirectories(folder.resolve("articles"));
        Files.copy(EXAMPLES.resolve("000_473c4f10df995f4b.txt"), articles.resolve("breitbart.txt"));
        Files.copy(EXAMPLES.resolve("002_afd6bb49de05422a.txt"), articles.resolve("jpost.txt"));
        Files.copy(EXAMPLES.resolve("001_f6f65f91ea9eb73f.txt"), folder.resolve("cradle.txt"));
        Files.write(articles.resolve("broken.txt.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0});
        Files.writeString(folder.resolve("claims.csv"), String.join("\n",
                "id,claim,article",
                "c1,Ukraine has begun intelligence cooperation with Israel,cradle.txt",
                "c2,\"Apple will sell a <b>gold</b> iPhone & a watch in March\",",
                "c3,,cradle.txt",
                "c1,A second claim under the same id,",
                "c4,Israel will mediate between Russia and Ukraine,missing.txt",
                ""), StandardCharsets.UTF_8);
        Path out = folder.resolve("out");
        run = CommandRun.of("check", "--no-progress", "--claims", folder.resolve("claims.csv").toString(), "--out", out.toString(),
                articles.toString());
        lines = new ArrayList<>();
        if (Files.exists(out.resolve("checks.jsonl"))) {
            for (String line : Files.readAllLines(out.resolve("checks.jsonl"), StandardCharsets.UTF_8)) {
                lines.add(new ObjectMapper().readTree(line));
            }
            page = Files.readString(out.resolve("checks.html"), StandardCharsets.UTF_8);
        }
    }

    @Test
    void badRowsAndUnreadableInputsAreNamedAndTheRestIsChecked() {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
        assertThat(run.err()).contains("claims.csv").contains("(line 4): claim c3 has no text").contains("claim id c1 is used twice")
                .contains("missing.txt").contains("broken.txt.gz");
        assertThat(run.err()).contains("claim c4 names the article").contains("which was not read");
        assertThat(run.err().lines().filter(line -> line.startsWith("parallax: "))).hasSize(5);
    }

    @Test
    void oneLinePerClaimAndArticle() {
        assertThat(lines).extracting(line -> line.get("claim").asText()).containsExactly("c1", "c2", "c2", "c2");
        assertThat(lines.get(0).get("source").asText()).endsWith("cradle.txt");
        for (JsonNode line : lines) {
            assertThat(line.get("article").asText()).isNotEmpty();
            assertThat(line.get("confidence").asDouble()).isBetween(0.0, 1.0);
            assertThat(line.get("stance").asText()).isIn("supports", "contradicts", "discusses", "unrelated");
        }
    }

    @Test
    void theCradlesReportBearsOnTheCooperationClaimWithItsSentences() {
        JsonNode cooperation = lines.get(0);
        assertThat(cooperation.get("stance").asText()).isIn("supports", "discusses");
        assertThat(cooperation.get("evidence")).isNotEmpty();
        assertThat(cooperation.get("evidence").get(0).get("text").asText()).containsIgnoringCase("intelligence");
    }

    @Test
    void aClaimNoArticleIsAboutIsUnrelatedEverywhere() {
        assertThat(lines.subList(1, 4)).extracting(line -> line.get("stance").asText()).containsOnly("unrelated");
        assertThat(lines.subList(1, 4)).allSatisfy(line -> assertThat(line.get("evidence")).isEmpty());
    }

    @Test
    void thePageEscapesTheClaims() {
        assertThat(page).contains("&lt;b&gt;gold&lt;/b&gt; iPhone &amp; a watch").doesNotContain("<b>gold");
        assertThat(page).contains("Ukraine has begun intelligence cooperation with Israel");
    }
}
