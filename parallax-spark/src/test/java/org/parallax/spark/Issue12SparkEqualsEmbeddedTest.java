package org.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ingest.BadInputException;
import org.parallax.ingest.FormatReaders;
import org.parallax.ingest.IngestListener;
import org.parallax.ingest.IngestOptions;
import org.parallax.ingest.IngestResult;
import org.parallax.ingest.Ingestor;
import org.parallax.ingest.Manifest;
import org.parallax.model.Analysis;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.CrossArticle;
import org.parallax.pipeline.MemoryDestination;
import org.parallax.pipeline.Pipeline;
import org.parallax.pipeline.PipelineListener;
import org.parallax.pipeline.PipelineResult;
import org.parallax.pipeline.PipelineSettings;
import org.parallax.report.AnalysisJsonWriter;

/**
 * Issue 12: the Spark job (local mode, two cores) gives the embedded pipeline's analysis, byte for byte
 * as {@code analysis.json}: the same articles, entities, events, stories and claims, on the seeds
 * (examples/, with their manifest) and on PolNeAR dev (84 articles of seven outlets, with its metadata
 * as a manifest). Its Parquet tables hold as many rows as the analysis has records, and
 * {@code parallax ingest}'s reader reads its JSON Lines back as the same articles; their account (entities, events,
 * stories, each written in a task with only the articles it cites, the driver holding none) is the embedded one.
 */
class Issue12SparkEqualsEmbeddedTest {

    private static final Path ROOT = Path.of(System.getProperty("parallax.repositoryRoot", "..")).toAbsolutePath().normalize();
    private static final Path POLNEAR = ROOT.resolve("../shared/bench/polnear").normalize();

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = LocalSpark.session();
    }

    @Test
    void theSeedsGiveTheEmbeddedAnalysis(@TempDir Path out) throws Exception {
        Path manifest = ROOT.resolve("examples/manifest.csv");
        compare(List.of(ROOT.resolve("examples").toString()), Optional.of(manifest), out);
    }

    @Test
    void polnearDevGivesTheEmbeddedAnalysis(@TempDir Path out) throws Exception {
        assumeTrue(Files.isRegularFile(POLNEAR.resolve("metadata.tsv")), "PolNeAR is not beside the repository");
        Path manifest = polnearManifest(out.resolve("manifest.csv"));
        compare(List.of(POLNEAR.resolve("dev/text").toString()), Optional.of(manifest), out.resolve("job"));
    }

    private static void compare(List<String> paths, Optional<Path> manifest, Path out) throws Exception {
        Analysis analysis = embedded(paths, manifest);
        String embedded = json(analysis);
        SparkJobResult result = new SparkAnalysisJob(spark).run(
                SparkJobSettings.of(paths, out.toString()).withManifest(manifest.map(Path::toString)));
        String job = Files.readString(out.resolve("analysis.json"));
        assertThat(result.crossArticle().stories()).isNotEmpty();
        assertThat(job).isEqualTo(embedded);
        // The account's JSON Lines, each record written in a task with only the articles it cites, are the embedded account's.
        assertThat(Files.readString(out.resolve("jsonl/account.jsonl"))).isEqualTo(accountLines(analysis));
        DistributedEntityResolution.Outcome entities = result.entityResolution().orElseThrow();
        System.out.printf("%s: %d articles, %d per-article entities in %d groups (largest %d), %d label rounds; %.1f s%n",
                paths, result.articles(), entities.nodes(), entities.groups(), entities.largestGroup(), entities.rounds(),
                result.totalSeconds());
        DistributedEvents.Outcome events = result.events().orElseThrow();
        System.out.printf("%s: %d events; %d dated reports in %d blocks (largest %d), %d label rounds; %d word families"
                + " (largest %d mentions); the driver received %,d bytes for events, the analysed articles weigh %,d%n",
                paths, events.events().size(), events.candidates(), events.blocks(), events.largestBlock(), events.rounds(),
                events.families(), events.largestFamily(), events.collectedBytes(), events.articleBytes());
        System.out.printf("%s: the driver received %,d bytes for %d stories; %,d bytes from all tasks (largest result %,d),"
                + " analysis.json included%n", paths, result.storyGrouping().orElseThrow().storyBytes(),
                result.crossArticle().stories().size(), result.driverBytes(), result.largestTaskResult());
        assertThat(entities.groups()).as("entities resolved apart in groups, not all together").isGreaterThan(1);
        assertThat(entities.largestGroup()).isLessThan(entities.nodes());

        assertThat(spark.read().parquet(out.resolve("parquet/articles").toString()).count()).isEqualTo(result.articles());
        assertThat(spark.read().parquet(out.resolve("parquet/entities").toString()).count())
                .isEqualTo(result.crossArticle().entities().size());
        assertThat(spark.read().parquet(out.resolve("parquet/stories").toString()).count())
                .isEqualTo(result.crossArticle().stories().size());
        assertThat(spark.read().parquet(out.resolve("parquet/claims").toString()).count())
                .isEqualTo(result.crossArticle().stories().stream().mapToLong(story -> story.claims().size()).sum());
        assertThat(spark.read().parquet(out.resolve("parquet/events").toString()).count())
                .isEqualTo(result.crossArticle().events().size());

        IngestResult reread = new Ingestor(FormatReaders.standard(), IngestOptions.defaults())
                .ingest(List.of(out.resolve("jsonl").toString()), IngestListener.NONE);
        assertThat(reread.problems()).isEmpty();
        assertThat(reread.articles()).hasSize(result.articles());
    }

    /** What {@code parallax analyze} writes for {@code paths}: the embedded pipeline, in memory. */
    private static Analysis embedded(List<String> paths, Optional<Path> manifestFile) throws IOException, BadInputException {
        Manifest manifest = manifestFile.isPresent() ? Manifest.read(manifestFile.get()) : Manifest.empty();
        Ingestor ingestor = new Ingestor(FormatReaders.standard(), new IngestOptions(IngestOptions.DEFAULT_MAX_INPUT_BYTES, manifest, 2));
        Pipeline pipeline = new Pipeline(ingestor, PipelineSettings.defaults().withThreads(2), ExecutorLayers::language,
                () -> ExecutorLayers.crossArticle()::analyze);
        MemoryDestination memory = new MemoryDestination();
        PipelineResult result = pipeline.run(paths, memory, PipelineListener.NONE);
        return memory.analysis(result);
    }

    private static String json(Analysis analysis) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new AnalysisJsonWriter().write(analysis, bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** The lines of {@code account.jsonl} for the embedded analysis, written on one machine with every article at hand. */
    private static String accountLines(Analysis analysis) {
        Map<String, AnalyzedArticle> byId = new HashMap<>();
        analysis.articles().forEach(article -> byId.put(article.article().id(), article));
        AnalysisJsonWriter writer = new AnalysisJsonWriter();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CrossArticle account = analysis.crossArticle();
        account.entities().forEach(entity -> bytes.writeBytes(JobOutput.line("entity", json -> writer.writeEntity(entity, byId, json))));
        account.events().forEach(event -> bytes.writeBytes(JobOutput.line("event", json -> writer.writeEvent(event, byId, json))));
        account.stories().forEach(story -> bytes.writeBytes(JobOutput.line("story", json -> writer.writeStory(story, byId, json))));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** PolNeAR's metadata.tsv as a manifest of its dev texts: outlet, publication date and title. */
    static Path polnearManifest(Path file) throws IOException {
        List<String> rows = new ArrayList<>(List.of("path,outlet,published,title"));
        try (Stream<String> lines = Files.lines(POLNEAR.resolve("metadata.tsv"), StandardCharsets.UTF_8)) {
            lines.skip(1).map(line -> line.split("\t", -1)).filter(fields -> fields[0].equals("dev")).forEach(fields -> {
                Path text = POLNEAR.resolve("dev/text").resolve(fields[1] + ".txt");
                if (Files.isRegularFile(text)) {
                    rows.add(String.join(",", csv(text.toString()), csv(fields[4]), csv(fields[5]), csv(fields[7])));
                }
            });
        }
        Files.createDirectories(file.getParent());
        return Files.write(file, rows, StandardCharsets.UTF_8);
    }

    private static String csv(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
