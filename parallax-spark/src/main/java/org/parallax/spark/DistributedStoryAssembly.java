package org.parallax.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.parallax.crossarticle.CrossArticleAnalyzer;
import org.parallax.crossarticle.EntityResolution;
import org.parallax.crossarticle.StoryGroup;
import org.parallax.crossarticle.TimelineIndex;
import org.parallax.crossarticle.stories.StoryPlan;
import org.parallax.crossarticle.stories.StoryTerms;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Claim;
import org.parallax.model.Story;
import scala.Tuple2;

/**
 * Each story of the account made in a task of its own: the story's articles and their terms are shuffled to it (an
 * article once per story it is in), the embedded finder gives its title, summary and shared entities
 * ({@link org.parallax.crossarticle.stories.EmbeddingStoryFinder#assemble}), the layer's claim aligner its claims
 * ({@link org.parallax.crossarticle.ClaimAligner#align}, which reads one story's articles only), and the layer's own
 * assembly its cast, events and outlets ({@link CrossArticleAnalyzer#story}: the story's articles and the timeline's
 * index, broadcast). The driver receives the stories, never their articles, and numbers the claims across stories in
 * story order, as the embedded layer does.
 */
final class DistributedStoryAssembly {

    /**
     * The stories in plan order, their claims numbered across stories.
     *
     * @param collectedBytes what the driver received for them ({@link ModelCodec} bytes of the stories)
     */
    record Outcome(List<Story> stories, long collectedBytes) {
    }

    /** One article's share of a story: its index in the input order, the article and its terms. */
    record Share(int index, byte[] article, byte[] terms) implements Serializable {
    }

    /**
     * @param indexed    the analysed articles by index in the input order
     * @param terms      their story terms by index ({@link ModelCodec} bytes)
     * @param plans      the stories to assemble
     * @param resolution the entities resolved across the articles
     * @param timeline   the events on their timeline, as stories read them
     */
    Outcome assemble(JavaPairRDD<Integer, Keyed> indexed, JavaPairRDD<Integer, byte[]> terms, List<StoryPlan> plans,
            EntityResolution resolution, TimelineIndex timeline) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(indexed.context());
        // For each article (by index), the stories it is in.
        Map<Integer, List<Integer>> storiesOf = new HashMap<>();
        List<byte[]> encodedPlans = new ArrayList<>(plans.size());
        for (int s = 0; s < plans.size(); s++) {
            for (int member : plans.get(s).members()) {
                storiesOf.computeIfAbsent(member, key -> new ArrayList<>()).add(s);
            }
            encodedPlans.add(ModelCodec.encode(plans.get(s)));
        }
        Broadcast<Map<Integer, List<Integer>>> membership = context.broadcast(storiesOf);
        Broadcast<List<byte[]>> storyPlans = context.broadcast(encodedPlans);
        BroadcastResolution entities = BroadcastResolution.of(context, resolution);
        BroadcastRecord<TimelineIndex> events = BroadcastRecord.of(context, timeline, TimelineIndex.class);
        List<Tuple2<Integer, byte[]>> assembled = indexed.join(terms).flatMapToPair(pair -> {
            List<Tuple2<Integer, Share>> shares = new ArrayList<>();
            membership.value().getOrDefault(pair._1(), List.of()).forEach(story -> shares.add(new Tuple2<>(story,
                    new Share(pair._1(), pair._2()._1().bytes(), pair._2()._2()))));
            return shares.iterator();
        }).groupByKey().mapToPair(story -> {
            StoryPlan plan = ModelCodec.decode(storyPlans.value().get(story._1()), StoryPlan.class);
            Map<Integer, AnalyzedArticle> articles = new HashMap<>();
            Map<Integer, StoryTerms> memberTerms = new HashMap<>();
            for (Share share : story._2()) {
                articles.put(share.index(), ModelCodec.decode(share.article(), AnalyzedArticle.class));
                memberTerms.put(share.index(), ModelCodec.decode(share.terms(), StoryTerms.class));
            }
            EntityResolution known = entities.value();
            // Through this executor's embeddings: the sentences the event step embedded here are not embedded again.
            Story made = ExecutorLayers.crossArticle().withEmbeddingCache(ExecutorEmbeddings.ofThisJvm(), () -> {
                StoryGroup group = ExecutorLayers.storyFinder().assemble(plan, articles::get, memberTerms::get, known);
                List<AnalyzedArticle> members = new ArrayList<>(plan.members().size());
                plan.members().forEach(member -> members.add(articles.get(member)));
                List<Claim> claims = ExecutorLayers.crossArticle().claimAligner().align(group, members, known);
                return CrossArticleAnalyzer.story(group, members, claims, events.value(), known);
            });
            return new Tuple2<>(story._1(), ModelCodec.encode(made));
        }).collect();
        Story[] stories = new Story[plans.size()];
        long collected = 0;
        for (Tuple2<Integer, byte[]> story : assembled) {
            stories[story._1()] = ModelCodec.decode(story._2(), Story.class);
            collected += story._2().length;
        }
        membership.destroy();
        storyPlans.destroy();
        entities.destroy();
        events.destroy();
        // Claim ids unique across stories, numbered in story order: what the embedded layer does as it aligns them.
        List<Story> numbered = new ArrayList<>(stories.length);
        int claimNumber = 0;
        for (Story story : stories) {
            List<Claim> claims = new ArrayList<>(story.claims().size());
            for (Claim claim : story.claims()) {
                claims.add(claim.withId("c" + (++claimNumber)));
            }
            numbered.add(new Story(story.id(), story.title(), story.summary(), story.articles(), story.entities(), story.events(),
                    claims, story.outlets()));
        }
        return new Outcome(List.copyOf(numbered), collected);
    }
}
