package org.parallax.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ingest.FormatReaders;
import org.parallax.ingest.IngestOptions;
import org.parallax.ingest.Ingestor;
import org.parallax.ingest.Manifest;
import org.parallax.model.InputProblem;

/**
 * Issue 9 (a manifest row that matches no input is said once) through the pipeline, which reads its inputs in parts
 * of {@link Pipeline#INPUTS_PER_READ}: a row is unmatched only when no part matched it. Reading the 84 PolNeAR dev
 * articles with a manifest naming each of them reported thousands of rows "matching no input" before, one batch of
 * them per part.
 */
class Issue9ManifestRowsAcrossReadPartsTest {

    private static final Path DEV_TEXTS = Path.of(System.getProperty("parallax.repositoryRoot", ".."))
            .resolve("../shared/bench/polnear/dev/text").normalize();

    @Test
    void onlyTheRowThatMatchesNoInputOfAnyPartIsReported(@TempDir Path folder) throws Exception {
        List<Path> texts;
        try (Stream<Path> files = Files.list(DEV_TEXTS)) {
            texts = files.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(texts).hasSizeGreaterThan(Pipeline.INPUTS_PER_READ);
        List<String> rows = new ArrayList<>(List.of("path,outlet"));
        texts.forEach(text -> rows.add(text.toAbsolutePath() + ",PolNeAR"));
        rows.add(DEV_TEXTS.resolve("no-such-article.txt").toAbsolutePath() + ",PolNeAR");
        Path manifest = folder.resolve("manifest.csv");
        Files.write(manifest, rows);

        MemoryDestination memory = new MemoryDestination();
        PipelineResult result = pipeline(manifest).run(List.of(DEV_TEXTS.toString()), memory, new PipelineListener() { });

        assertThat(result.kept()).isEqualTo(texts.size());
        assertThat(result.problems().stream().map(InputProblem::message).filter(message -> message.contains("matches no input")))
                .singleElement().asString().contains("no-such-article.txt");
        assertThat(memory.analysis(result).articles()).allSatisfy(analyzed ->
                assertThat(analyzed.article().outlet()).contains("PolNeAR"));
    }

    private static Pipeline pipeline(Path manifest) throws IOException, org.parallax.ingest.BadInputException {
        IngestOptions options = new IngestOptions(IngestOptions.DEFAULT_MAX_INPUT_BYTES, Manifest.read(manifest), 2);
        PipelineSettings settings = PipelineSettings.defaults().withThreads(2).withLanguage(false);
        return new Pipeline(new Ingestor(FormatReaders.standard(), options), settings, () -> {
            throw new IllegalStateException("no language layer in this test");
        }, () -> {
            throw new IllegalStateException("no cross-article layer in this test");
        });
    }
}
