package org.parallax.spark;

import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.CrossArticle;
import org.parallax.model.InputProblem;
import org.parallax.pipeline.Pipeline;
import scala.Tuple2;

/**
 * The cross-article layer of the job. Entity resolution ({@link DistributedEntityResolution}), events
 * ({@link DistributedEvents}: blocks of dated reports, word families of undated mentions), story grouping and
 * claim alignment ({@link DistributedStoryGrouping}, {@link DistributedStoryAssembly}: story by story) run as
 * distributed steps over the articles indexed in input order (the order the layer's ids follow); the embedded
 * layer then assembles the account on the driver given that resolution, those events, stories and claims (it
 * reads the articles for each story's cast and outlets, so the driver still holds the analysed articles). A
 * failure of the layer is a problem, as in the embedded pipeline; the articles are kept without it.
 */
final class CrossArticleStep {

    /**
     * The layer's account, the articles it read (in input order), its failure if it failed, and what
     * the distributed entity resolution, story grouping and events cost (empty when they did not run).
     */
    record Outcome(CrossArticle account, List<AnalyzedArticle> corpus, Optional<InputProblem> problem,
            Optional<DistributedEntityResolution.Outcome> entities, Optional<DistributedStoryGrouping.Outcome> stories,
            Optional<DistributedEvents.Outcome> events) {
    }

    Outcome run(JavaRDD<Keyed> articles) {
        List<AnalyzedArticle> corpus = articles.collect().stream().sorted(Keyed.ORDER)
                .map(keyed -> keyed.value(AnalyzedArticle.class)).toList();
        if (corpus.isEmpty()) {
            return new Outcome(CrossArticle.empty(), corpus, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }
        JavaPairRDD<Integer, Keyed> indexed = null;
        try {
            DistributedEntityResolution.Outcome entities = new DistributedEntityResolution().resolve(articles);
            // Each article's index in the input order, the order of the corpus (and of the layer's ids).
            indexed = articles.sortBy(keyed -> ((long) keyed.file() << 32) | keyed.position(), true, articles.getNumPartitions())
                    .zipWithIndex().mapToPair(pair -> new Tuple2<>(Math.toIntExact(pair._2()), pair._1()))
                    .persist(StorageLevel.MEMORY_AND_DISK_SER());
            DistributedEvents.Outcome events = new DistributedEvents().find(indexed, entities.resolution());
            DistributedStoryGrouping.Outcome stories = new DistributedStoryGrouping().find(indexed, corpus, entities.resolution());
            CrossArticle account = ExecutorLayers.crossArticle().withEntityResolver(resolving -> entities.resolution())
                    .withEventFinder((found, resolution) -> events.events())
                    .withStoryFinder((grouped, resolution) -> stories.stories())
                    .withClaimAligner((story, members, resolution) -> stories.claims().get(story.id())).analyze(corpus);
            return new Outcome(account, corpus, Optional.empty(), Optional.of(entities), Optional.of(stories), Optional.of(events));
        } catch (RuntimeException | OutOfMemoryError e) {
            return new Outcome(CrossArticle.empty(), corpus, Optional.of(Pipeline.crossArticleProblem(corpus.size(), e)),
                    Optional.empty(), Optional.empty(), Optional.empty());
        } finally {
            if (indexed != null) {
                indexed.unpersist();
            }
        }
    }
}
