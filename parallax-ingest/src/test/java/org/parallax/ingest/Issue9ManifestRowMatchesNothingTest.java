package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.DateSource;
import org.parallax.model.InputProblem;
import org.parallax.model.ProblemCategory;

/**
 * Issue 9: a manifest written in another folder, with paths relative to the inputs, matched nothing
 * and every date was lost without a word. Each row that matches no input is now one problem naming
 * the manifest, the row and its path.
 */
class Issue9ManifestRowMatchesNothingTest {

    private static final String ARTICLE = "Talks between the two delegations resumed in Istanbul on Tuesday, officials said.\n\n"
            + "The ministers met for three hours and agreed to meet again next week, according to a statement.\n";

    @TempDir
    Path folder;

    @Test
    void aRowWhosePathMatchesNoInputIsReportedOnceWithItsLineAndPath() throws Exception {
        Path inputs = Files.createDirectories(folder.resolve("inputs"));
        Files.writeString(inputs.resolve("talks.txt"), ARTICLE, StandardCharsets.UTF_8);
        Path manifestFolder = Files.createDirectories(folder.resolve("notes"));
        Path manifestFile = manifestFolder.resolve("manifest.csv");
        Files.writeString(manifestFile, "path,published\ntalks.txt,2022-03-24\ninputs/missing.txt,2022-03-25\n",
                StandardCharsets.UTF_8);

        IngestResult result = ingest(Manifest.read(manifestFile), inputs);

        assertThat(result.articles()).hasSize(1);
        assertThat(result.articles().get(0).publishedFrom()).isEqualTo(DateSource.NONE);
        List<InputProblem> problems = result.problems();
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0).input()).isEqualTo(manifestFile.toString());
        assertThat(problems.get(0).position()).contains("line 2");
        assertThat(problems.get(0).category()).isEqualTo(ProblemCategory.BAD_INPUT);
        assertThat(problems.get(0).message()).contains("'talks.txt'", "matches no input",
                manifestFolder.resolve("talks.txt").toString());
        assertThat(problems.get(1).position()).contains("line 3");
        assertThat(problems.get(1).message()).contains("'inputs/missing.txt'");
    }

    @Test
    void rowsThatMatchAreNotReportedAndApply() throws Exception {
        Files.writeString(folder.resolve("talks.txt"), ARTICLE, StandardCharsets.UTF_8);
        Path manifestFile = folder.resolve("manifest.csv");
        Files.writeString(manifestFile, "path,published\ntalks.txt,2022-03-24\n", StandardCharsets.UTF_8);

        IngestResult result = ingest(Manifest.read(manifestFile), folder);

        assertThat(result.problems()).isEmpty();
        assertThat(result.articles().get(0).published()).contains(LocalDate.of(2022, 3, 24));
    }

    @Test
    void aUrlRowThatNoArticleHasIsReported() throws Exception {
        Files.writeString(folder.resolve("talks.txt"), ARTICLE, StandardCharsets.UTF_8);
        Path manifestFile = folder.resolve("manifest.csv");
        Files.writeString(manifestFile, "url,published\nhttps://example.com/talks,2022-03-24\n", StandardCharsets.UTF_8);

        IngestResult result = ingest(Manifest.read(manifestFile), folder);

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.position()).contains("line 2");
            assertThat(problem.message()).contains("'https://example.com/talks'", "matches no article read");
        });
    }

    private static IngestResult ingest(Manifest manifest, Path inputs) {
        Ingestor ingestor = new Ingestor(FormatReaders.standard(),
                new IngestOptions(IngestOptions.DEFAULT_MAX_INPUT_BYTES, manifest, 1));
        return ingestor.ingest(List.of(inputs.toString()), IngestListener.NONE);
    }
}
