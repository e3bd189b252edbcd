package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job on the bundled examples, as the README runs it, against the documented schema. */
class ExamplesTest {

    static final Path ROOT = Path.of(System.getProperty("parallax.repositoryRoot", ".."));

    @TempDir
    Path out;

    @Test
    void examplesGiveThreeDatedArticlesThatFitTheSchema() throws IOException {
        CommandRun run = CommandRun.of("analyze", "--no-language", "--no-progress",
                "--manifest", ROOT.resolve("examples/manifest.csv").toString(),
                "--out", out.toString(), ROOT.resolve("examples").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        JsonNode analysis = new ObjectMapper().readTree(out.resolve("analysis.json").toFile());
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(ROOT.resolve("docs/analysis.schema.json")));
        Set<ValidationMessage> errors = schema.validate(analysis);
        assertThat(errors).isEmpty();

        assertThat(analysis.at("/articles")).hasSize(3);
        assertThat(analysis.at("/articles/0/outlet").asText()).isEqualTo("Breitbart");
        assertThat(analysis.at("/articles/0/published").asText()).isEqualTo("2022-03-24");
        assertThat(analysis.at("/articles/0/publishedFrom").asText()).isEqualTo("manifest");
        assertThat(analysis.at("/articles/0/embeddedPosts/0/published").asText()).isEqualTo("2022-02-27");
        assertThat(analysis.at("/articles/1/title").asText()).isEqualTo("Ukrainian president reveals intelligence cooperation with Israel");
        assertThat(analysis.at("/articles/1/authors/0").asText()).isEqualTo("News Desk");
        assertThat(analysis.at("/articles/2/outlet").asText()).isEqualTo("The Jerusalem Post");
        assertThat(analysis.at("/inputs/problems")).isEmpty();

        String index = Files.readString(out.resolve("report.html"));
        assertThat(index).contains("Ukrainian president reveals intelligence cooperation with Israel")
                .contains("report/articles/");
        String report = pages(out);
        assertThat(report).contains("Breitbart News (@BreitbartNews)")
                .doesNotContain("<script")
                .doesNotContain("src=\"http");
    }

    @Test
    void theReportEscapesArticleText() throws IOException {
        Path input = Files.writeString(out.resolve("inject.txt"),
                "A <script>alert(1)</script> headline\n\nThe minister said <b>nothing</b> & left.\n");
        CommandRun run = CommandRun.of("analyze", "--no-language", "--no-progress", "--out", out.resolve("o").toString(),
                input.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        String report = pages(out.resolve("o"));
        assertThat(report).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&lt;b&gt;nothing&lt;/b&gt; &amp; left.");
    }

    /** The index and every page of the report folder, one after the other. */
    private static String pages(Path folder) throws IOException {
        StringBuilder all = new StringBuilder(Files.readString(folder.resolve("report.html")));
        try (Stream<Path> walk = Files.walk(folder.resolve("report"))) {
            for (Path page : walk.filter(path -> path.toString().endsWith(".html")).sorted().toList()) {
                all.append(Files.readString(page));
            }
        }
        return all.toString();
    }
}
