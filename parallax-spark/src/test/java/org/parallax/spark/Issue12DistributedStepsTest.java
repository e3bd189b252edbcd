package org.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.crossarticle.CrossArticleAnalyzer;
import org.parallax.crossarticle.EntityResolution;
import org.parallax.crossarticle.StoryGroup;
import org.parallax.crossarticle.TimelineIndex;
import org.parallax.crossarticle.entities.NameEntityResolver;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Annotations;
import org.parallax.model.Article;
import org.parallax.model.ArticleEntity;
import org.parallax.model.Claim;
import org.parallax.model.DateSource;
import org.parallax.model.EntityType;
import org.parallax.model.InputFormat;
import org.parallax.model.Mention;
import org.parallax.model.Span;
import org.parallax.model.Story;
import scala.Tuple2;

/**
 * Issue 12: the distributed steps on their own. Connected groups by label propagation and pointer jumping
 * label a long chain in a few rounds; story grouping by blocks and connected groups of joining pairs, then each
 * story assembled and its claims aligned in a task of its own, give the embedded story finder's stories and the
 * claim aligner's claims on PolNeAR dev's 84 real articles (dated and titled from its metadata, people
 * spotted as runs of capitalised words, so that no language layer is needed), with the entities resolved by the
 * embedded resolver.
 */
class Issue12DistributedStepsTest {

    private static final Path ROOT = Path.of(System.getProperty("parallax.repositoryRoot", "..")).toAbsolutePath().normalize();
    private static final Path POLNEAR = ROOT.resolve("../shared/bench/polnear").normalize();
    private static final Pattern NAME = Pattern.compile("\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+");

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = LocalSpark.session();
    }

    @Test
    void connectedGroupsLabelALongChainInFewRounds() {
        List<Tuple2<Long, String>> edges = new ArrayList<>();
        int chain = 256;
        for (long node = 0; node < chain; node++) {
            edges.add(new Tuple2<>(node, "node|" + node));
            if (node + 1 < chain) {
                // Keys named so that the chain's smallest node sits at one end and labels must travel its length.
                edges.add(new Tuple2<>(node, "link|" + node));
                edges.add(new Tuple2<>(node + 1, "link|" + node));
            }
        }
        edges.add(new Tuple2<>(1_000L, "apart"));
        edges.add(new Tuple2<>(1_001L, "apart"));
        edges.add(new Tuple2<>(1_002L, "alone"));
        JavaPairRDD<Long, String> nodeKeys = JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelizePairs(edges, 4);
        ConnectedGroups.Labels labelled = ConnectedGroups.of(nodeKeys);
        Map<Long, Long> labels = labelled.labels().collectAsMap();
        labelled.release();
        for (long node = 0; node < chain; node++) {
            assertThat(labels.get(node)).isZero();
        }
        assertThat(labels.get(1_000L)).isEqualTo(1_000L);
        assertThat(labels.get(1_001L)).isEqualTo(1_000L);
        assertThat(labels.get(1_002L)).isEqualTo(1_002L);
        // Label propagation alone needs a round per link (255); pointer jumping halves the distance each round.
        assertThat(labelled.rounds()).isLessThanOrEqualTo(12);
    }

    @Test
    void storyGroupingByBlocksAndGroupsGivesTheEmbeddedStories() throws IOException {
        assumeTrue(Files.isRegularFile(POLNEAR.resolve("metadata.tsv")), "PolNeAR is not beside the repository");
        List<AnalyzedArticle> corpus = polnearDev();
        EntityResolution resolution = new NameEntityResolver().resolve(corpus);
        List<StoryGroup> embedded = ExecutorLayers.storyFinder().find(corpus, resolution);

        List<Tuple2<Integer, Keyed>> indexed = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            indexed.add(new Tuple2<>(i, Keyed.of(0, i, corpus.get(i))));
        }
        JavaPairRDD<Integer, Keyed> articles = JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelizePairs(indexed, 6);
        DistributedStoryGrouping.Outcome outcome = new DistributedStoryGrouping().find(articles, corpus.size(), resolution,
                TimelineIndex.of(List.of()));
        System.out.printf("PolNeAR dev, story grouping: %d candidate pairs, %d joining in %d groups (largest %d), %d rounds;"
                + " %d stories (%,d bytes to the driver)%n", outcome.candidatePairs(), outcome.joinPairs(), outcome.groups(),
                outcome.largestGroup(), outcome.rounds(), outcome.stories().size(), outcome.storyBytes());

        // Each story made in its task (claims, cast, outlets) is the embedded layer's, claims numbered across stories.
        Map<String, AnalyzedArticle> byId = new LinkedHashMap<>();
        corpus.forEach(article -> byId.put(article.article().id(), article));
        List<Story> expected = new ArrayList<>();
        int claimNumber = 0;
        for (StoryGroup story : embedded) {
            List<AnalyzedArticle> members = story.articles().stream().map(byId::get).toList();
            List<Claim> claims = new ArrayList<>();
            for (Claim claim : ExecutorLayers.crossArticle().claimAligner().align(story, members, resolution)) {
                claims.add(claim.withId("c" + (++claimNumber)));
            }
            expected.add(CrossArticleAnalyzer.story(story, members, claims, TimelineIndex.of(List.of()), resolution));
        }
        assertThat(outcome.stories()).isEqualTo(expected);
        assertThat(outcome.stories()).allSatisfy(story -> assertThat(story.outlets()).isNotEmpty());
        assertThat(embedded.stream().filter(story -> story.articles().size() > 1)).isNotEmpty();
        assertThat(outcome.candidatePairs()).isLessThan((long) corpus.size() * (corpus.size() - 1) / 2);
        assertThat(outcome.groups()).as("joining pairs grouped apart, not all together").isGreaterThan(1);
    }

    /** PolNeAR dev's articles, dated and titled from its metadata, with people spotted as two capitalised words. */
    private static List<AnalyzedArticle> polnearDev() throws IOException {
        List<AnalyzedArticle> corpus = new ArrayList<>();
        try (Stream<String> lines = Files.lines(POLNEAR.resolve("metadata.tsv"), StandardCharsets.UTF_8)) {
            for (String line : lines.skip(1).toList()) {
                String[] fields = line.split("\t", -1);
                Path file = POLNEAR.resolve("dev/text").resolve(fields[1] + ".txt");
                if (fields[0].equals("dev") && Files.isRegularFile(file)) {
                    corpus.add(article(fields[1], Files.readString(file, StandardCharsets.UTF_8),
                            LocalDate.parse(fields[5]), fields[7], fields[4]));
                }
            }
        }
        return corpus;
    }

    private static AnalyzedArticle article(String id, String text, LocalDate published, String title, String outlet) {
        Article article = new Article(id, id + ".txt", InputFormat.TEXT, Optional.empty(), Optional.of(title), Optional.empty(),
                Optional.of(outlet), List.of(), Optional.of(published), DateSource.MANIFEST, Optional.empty(), text, List.of(),
                List.of());
        Map<String, String> ids = new LinkedHashMap<>();
        List<Mention> mentions = new ArrayList<>();
        Matcher name = NAME.matcher(text);
        while (name.find()) {
            String entity = ids.computeIfAbsent(name.group(), key -> id + "/e" + (ids.size() + 1));
            mentions.add(new Mention(new Span(name.start(), name.end()), EntityType.PERSON, Optional.of(entity)));
        }
        List<ArticleEntity> entities = new ArrayList<>();
        ids.forEach((entity, entityId) -> entities.add(new ArticleEntity(entityId, entity, EntityType.PERSON, List.of(), List.of())));
        return new AnalyzedArticle(article, new Annotations(mentions, List.of(), List.of(), entities, List.of()));
    }
}
