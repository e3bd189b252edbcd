package org.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.crossarticle.EntityResolution;
import org.parallax.crossarticle.entities.NameEntityResolver;
import org.parallax.crossarticle.events.EventCandidate;
import org.parallax.crossarticle.events.EventMentionPairs;
import org.parallax.crossarticle.events.SentenceEventFinder;
import org.parallax.ingest.BadInputException;
import org.parallax.ingest.FormatReaders;
import org.parallax.ingest.IngestListener;
import org.parallax.ingest.IngestOptions;
import org.parallax.ingest.Ingestor;
import org.parallax.ingest.Manifest;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Article;
import org.parallax.model.Event;
import scala.Tuple2;

/**
 * Issue 12: events as distributed steps. Each task of the event steps sees only its block: a block task's dated
 * reports all fall in that block (a participant and a month), and a family task's mentions are all of that word
 * family; the events the steps give (dated and undated, ids included) are the embedded finder's. Over the seeds and
 * the first articles of PolNeAR dev (with its metadata's dates), through the standard language layer. The steps run the
 * embedding model on no more texts than the embedded finder (each article embeds its texts once for all its families).
 */
class Issue12DistributedEventsTest {

    private static final Path ROOT = Path.of(System.getProperty("parallax.repositoryRoot", "..")).toAbsolutePath().normalize();
    private static final Path POLNEAR = ROOT.resolve("../shared/bench/polnear").normalize();
    private static final int POLNEAR_ARTICLES = 16;

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = LocalSpark.session();
    }

    @Test
    void issue12EventTasksSeeOnlyTheirBlockAndGiveTheEmbeddedEvents(@TempDir Path folder) throws Exception {
        List<AnalyzedArticle> corpus = corpus(folder);
        EntityResolution resolution = new NameEntityResolver().resolve(corpus);
        SentenceEventFinder finder = ExecutorLayers.eventFinder();
        long before = embeddedTexts();
        List<Event> embedded = finder.find(corpus, resolution);
        long embeddedRuns = embeddedTexts() - before;

        List<Tuple2<Integer, Keyed>> indexed = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            indexed.add(new Tuple2<>(i, Keyed.of(0, i, corpus.get(i))));
        }
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaPairRDD<Integer, Keyed> articles = context.parallelizePairs(indexed, 4);
        BroadcastResolution entities = BroadcastResolution.of(context, resolution);
        JavaPairRDD<Integer, byte[]> reports = DistributedEvents.reports(articles, entities).cache();

        // Each block task's inputs: only reports of that block, each report in each of its blocks.
        long candidates = DistributedEvents.candidates(reports).count();
        long placed = 0;
        long blockBytes = 0;
        int largest = 0;
        List<Tuple2<String, Iterable<DistributedEvents.BlockItem>>> blocks =
                DistributedEvents.blocks(DistributedEvents.candidates(reports)).collect();
        for (Tuple2<String, Iterable<DistributedEvents.BlockItem>> block : blocks) {
            int size = 0;
            for (DistributedEvents.BlockItem item : block._2()) {
                EventCandidate candidate = ModelCodec.decode(item.candidate(), EventCandidate.class);
                assertThat(finder.merger().blockKeys(candidate)).as("block " + block._1()).contains(block._1());
                blockBytes += item.candidate().length;
                size++;
            }
            placed += size;
            largest = Math.max(largest, size);
        }
        long keys = DistributedEvents.candidates(reports).values()
                .map(bytes -> (long) finder().merger().blockKeys(ModelCodec.decode(bytes, EventCandidate.class)).size())
                .fold(0L, Long::sum);
        assertThat(placed).isEqualTo(keys);
        assertThat(candidates).isGreaterThan(1);
        assertThat(largest).as("no block holds every dated report").isLessThan((int) candidates);

        // Each family task's inputs: only mentions of that word family.
        List<Tuple2<String, Iterable<DistributedEvents.FamilyShare>>> families = DistributedEvents.families(reports).collect();
        int largestFamily = 0;
        int mentions = 0;
        long familyBytes = 0;
        for (Tuple2<String, Iterable<DistributedEvents.FamilyShare>> family : families) {
            int size = 0;
            for (DistributedEvents.FamilyShare share : family._2()) {
                EventMentionPairs.ArticleMentions shared = ModelCodec.decode(share.mentions(), EventMentionPairs.ArticleMentions.class);
                assertThat(shared.reports()).isNotEmpty()
                        .allSatisfy(report -> assertThat(report.family()).isEqualTo(family._1()));
                size += shared.reports().size();
                familyBytes += share.mentions().length;
            }
            mentions += size;
            largestFamily = Math.max(largestFamily, size);
        }
        assertThat(families).hasSizeGreaterThan(1);
        assertThat(largestFamily).as("no family holds every mention").isLessThan(mentions);
        reports.unpersist();
        entities.destroy();
        System.out.printf("event shuffles over %d articles: %,d bytes of dated reports to %d blocks, %,d bytes of mentions"
                + " to %d word families%n", corpus.size(), blockBytes, blocks.size(), familyBytes, families.size());

        // What this JVM's executor embedded for earlier tests would hide the step's own runs.
        ExecutorEmbeddings.ofThisJvm().clear();
        before = embeddedTexts();
        DistributedEvents.Outcome outcome = new DistributedEvents().find(articles, resolution);
        long distributedRuns = embeddedTexts() - before;
        System.out.printf("embedding model runs: %,d by the embedded finder, %,d by the distributed steps%n", embeddedRuns,
                distributedRuns);
        System.out.printf("events over %d articles: %d dated reports in %d blocks (largest %d), %d rounds; %d families"
                + " (largest %d mentions); %d events (%d undated); the driver received %,d bytes, the articles weigh %,d%n",
                corpus.size(), outcome.candidates(), outcome.blocks(), outcome.largestBlock(), outcome.rounds(),
                outcome.families(), outcome.largestFamily(), outcome.events().size(),
                outcome.events().stream().filter(event -> event.date().isEmpty()).count(), outcome.collectedBytes(),
                outcome.articleBytes());
        assertThat(outcome.events()).isEqualTo(embedded);
        assertThat(embedded.stream().filter(event -> event.evidence().size() > 1)).as("merged reports").isNotEmpty();
        assertThat(outcome.collectedBytes()).isLessThan(outcome.articleBytes());
        // Each article embeds its wanted sentences and lead once, for all its word families (not once per family).
        assertThat(embeddedRuns).isPositive();
        assertThat(distributedRuns).as("model runs of the distributed steps").isPositive().isLessThanOrEqualTo(embeddedRuns);
        // The vectors stay in this executor's embeddings for the story and claim steps: asked again, the model does not run.
        before = embeddedTexts();
        assertThat(new DistributedEvents().find(articles, resolution).events()).isEqualTo(embedded);
        assertThat(embeddedTexts() - before).as("model runs of the steps run again on this executor").isZero();
    }

    /** Texts this JVM's embedding model has run on (local mode: the tasks' too). */
    private static long embeddedTexts() {
        return ExecutorLayers.crossArticle().cachingEmbedder().orElseThrow().textsEmbedded();
    }

    private static SentenceEventFinder finder() {
        return ExecutorLayers.eventFinder();
    }

    /** The seeds (with their manifest) and the first articles of PolNeAR dev (dated by its metadata), analysed. */
    private static List<AnalyzedArticle> corpus(Path folder) throws IOException, BadInputException {
        List<Article> read = new ArrayList<>(ingest(List.of(ROOT.resolve("examples").toString()),
                ROOT.resolve("examples/manifest.csv")));
        if (Files.isRegularFile(POLNEAR.resolve("metadata.tsv"))) {
            Path manifest = Issue12SparkEqualsEmbeddedTest.polnearManifest(folder.resolve("manifest.csv"));
            read.addAll(ingest(List.of(POLNEAR.resolve("dev/text").toString()), manifest).stream().limit(POLNEAR_ARTICLES).toList());
        }
        List<AnalyzedArticle> corpus = new ArrayList<>(read.size());
        read.forEach(article -> corpus.add(ExecutorLayers.language().annotate(article)));
        return corpus;
    }

    private static List<Article> ingest(List<String> paths, Path manifest) throws IOException, BadInputException {
        Ingestor ingestor = new Ingestor(FormatReaders.standard(),
                new IngestOptions(IngestOptions.DEFAULT_MAX_INPUT_BYTES, Manifest.read(manifest), 1));
        return ingestor.ingest(paths, IngestListener.NONE).articles();
    }
}
