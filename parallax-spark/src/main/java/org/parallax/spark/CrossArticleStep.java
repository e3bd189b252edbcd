package org.parallax.spark;

import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import org.parallax.crossarticle.CrossArticleAnalyzer;
import org.parallax.crossarticle.TimelineIndex;
import org.parallax.model.CrossArticle;
import org.parallax.model.Event;
import org.parallax.model.InputProblem;
import org.parallax.pipeline.Pipeline;
import scala.Tuple2;

/**
 * The cross-article layer of the job, as distributed steps over the articles indexed in input order (the order the
 * layer's ids follow): entity resolution ({@link DistributedEntityResolution}), events ({@link DistributedEvents}:
 * blocks of dated reports, word families of undated mentions), then story grouping and each story's assembly
 * ({@link DistributedStoryGrouping}, {@link DistributedStoryAssembly}: its title, summary, claims, cast, events and
 * outlets in a task of its own). The driver puts the account together as the embedded layer does
 * ({@link CrossArticleAnalyzer}): the resolved entities, the events on their timeline, the stories in plan order with
 * their claims numbered across stories; it never holds the articles. A failure of the layer is a problem, as in the
 * embedded pipeline; the articles are kept without it.
 */
final class CrossArticleStep {

    /**
     * The layer's account, how many articles it read, its failure if it failed, and what the distributed entity
     * resolution, story grouping and events cost (empty when they did not run).
     */
    record Outcome(CrossArticle account, int articles, Optional<InputProblem> problem,
            Optional<DistributedEntityResolution.Outcome> entities, Optional<DistributedStoryGrouping.Outcome> stories,
            Optional<DistributedEvents.Outcome> events, List<StepClock.Lap> steps) {

        Outcome {
            steps = List.copyOf(steps);
        }
    }

    Outcome run(JavaRDD<Keyed> articles) {
        int count = Math.toIntExact(articles.count());
        if (count == 0) {
            return new Outcome(CrossArticle.empty(), 0, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
        }
        JavaPairRDD<Integer, Keyed> indexed = null;
        StepClock clock = StepClock.ofThisJvm();
        try {
            DistributedEntityResolution.Outcome entities = new DistributedEntityResolution().resolve(articles);
            clock.lap("entities");
            // Each article's index in the input order, the order of the corpus (and of the layer's ids).
            indexed = articles.sortBy(keyed -> ((long) keyed.file() << 32) | keyed.position(), true, articles.getNumPartitions())
                    .zipWithIndex().mapToPair(pair -> new Tuple2<>(Math.toIntExact(pair._2()), pair._1()))
                    // As objects, so that the events and story steps decode each article once (see Keyed).
                    .persist(StorageLevel.MEMORY_AND_DISK());
            DistributedEvents.Outcome events = new DistributedEvents(clock).find(indexed, entities.resolution());
            List<Event> timeline = CrossArticleAnalyzer.timeline(events.events());
            DistributedStoryGrouping.Outcome stories = new DistributedStoryGrouping(clock).find(indexed, count, entities.resolution(),
                    TimelineIndex.of(timeline));
            CrossArticle account = new CrossArticle(entities.resolution().entities(), timeline, stories.stories());
            return new Outcome(account, count, Optional.empty(), Optional.of(entities), Optional.of(stories), Optional.of(events),
                    clock.laps());
        } catch (RuntimeException | OutOfMemoryError e) {
            return new Outcome(CrossArticle.empty(), count, Optional.of(Pipeline.crossArticleProblem(count, e)),
                    Optional.empty(), Optional.empty(), Optional.empty(), clock.laps());
        } finally {
            if (indexed != null) {
                indexed.unpersist();
            }
        }
    }
}
