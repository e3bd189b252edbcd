package org.parallax.crossarticle.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.model.EntityType.COUNTRY;
import static org.parallax.model.EntityType.PERSON;
import static org.parallax.model.QuoteKind.INDIRECT;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parallax.crossarticle.EntityResolution;
import org.parallax.crossarticle.StoryGroup;
import org.parallax.crossarticle.events.AnnotatedArticleBuilder;
import org.parallax.crossarticle.events.AnnotatedSeeds;
import org.parallax.crossarticle.stories.OnnxTextEmbedder;
import org.parallax.crossarticle.stories.TextEmbedder;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Claim;
import org.parallax.model.Stance;
import org.parallax.model.Story;

/** Claims aligned by paraphrase with the real all-MiniLM-L6-v2 model, on the hand-annotated seeds and real-looking reports. */
class StatementClaimAlignerParaphraseTest {

    /** Counts how the aligner calls the model, so that a test can pin one batch per story. */
    private static final class CountingEmbedder implements TextEmbedder {
        private final TextEmbedder model = new OnnxTextEmbedder();
        private final AtomicInteger single = new AtomicInteger();
        private final AtomicInteger batches = new AtomicInteger();

        @Override
        public float[] embed(String text) {
            single.incrementAndGet();
            return model.embed(text);
        }

        @Override
        public List<float[]> embedAll(List<String> texts) {
            batches.incrementAndGet();
            return model.embedAll(texts);
        }

        @Override
        public int dimension() {
            return model.dimension();
        }
    }

    private static final CountingEmbedder EMBEDDER = new CountingEmbedder();

    private record Aligned(Story story, List<AnalyzedArticle> articles) {

        String text(Claim claim, int report) {
            var evidence = claim.reports().get(report).evidence();
            return articles.stream().filter(a -> a.article().id().equals(evidence.article())).findFirst().orElseThrow()
                    .article().text().substring(evidence.span().begin(), evidence.span().end());
        }

        Claim carrying(String words) {
            return story.claims().stream()
                    .filter(claim -> java.util.stream.IntStream.range(0, claim.reports().size()).anyMatch(i -> text(claim, i).contains(words)))
                    .findFirst().orElseThrow(() -> new AssertionError("no claim carries '" + words + "'"));
        }
    }

    private static Aligned align(List<AnnotatedArticleBuilder> builders, List<String> storyEntities) {
        EntityResolution resolution = AnnotatedArticleBuilder.resolution(builders);
        List<AnalyzedArticle> articles = builders.stream().map(AnnotatedArticleBuilder::build).toList();
        List<String> ids = articles.stream().map(a -> a.article().id()).toList();
        StoryGroup group = new StoryGroup("s1", "story", List.of(), ids, storyEntities);
        List<Claim> claims = new StatementClaimAligner(ClaimMatching.standard(), EMBEDDER).align(group, articles, resolution);
        List<String> outlets = articles.stream().map(a -> a.article().outlet().orElseThrow()).distinct().toList();
        return new Aligned(new Story("s1", "story", List.of(), ids, storyEntities, List.of(), claims, outlets), articles);
    }

    private static Aligned seeds() {
        return align(AnnotatedSeeds.builders(), List.of("israel", "ukraine", "russia", "zelensky", "bennett", "putin"));
    }

    @Test
    void intelligenceCooperationParaphrasesAreOneClaimReportedByBreitbartAndTheCradle() {
        Aligned seeds = seeds();
        Claim cooperation = seeds.carrying("working in “close cooperation” with their Israeli counterparts");

        assertThat(seeds.carrying("his country has begun intelligence cooperation with Israel")).isSameAs(cooperation);
        assertThat(seeds.carrying("Intelligence services between the two sides have begun cooperation")).isSameAs(cooperation);
        assertThat(seeds.story().stance(cooperation, "Breitbart")).isEqualTo(Stance.REPORTED);
        assertThat(seeds.story().stance(cooperation, "The Cradle")).isEqualTo(Stance.REPORTED);
        assertThat(seeds.story().stance(cooperation, "The Jerusalem Post")).isEqualTo(Stance.ABSENT);
    }

    @Test
    void statementsAboutTheSameActorsThatSayDifferentThingsStayApart() {
        Aligned seeds = seeds();

        assertThat(seeds.carrying("Bennett had pressurized Zelensky")).isNotSameAs(seeds.carrying("Putin called Zelensky a Nazi"));
        assertThat(seeds.carrying("one of the best of the world")).isNotSameAs(seeds.carrying("his country has begun intelligence cooperation"));
        assertThat(seeds.carrying("offered to act as a mediator")).isNotSameAs(seeds.carrying("Israel would become a guarantor"));
        Claim polish = seeds.carrying("secretly sold weapons to Kiev through a Polish intermediary");
        assertThat(List.of("Breitbart", "The Cradle", "The Jerusalem Post")).extracting(outlet -> seeds.story().stance(polish, outlet))
                .containsExactly(Stance.ABSENT, Stance.REPORTED, Stance.ABSENT);
    }

    @Test
    void aPhoneCallAndAVisitBetweenTheSameLeadersStaySeparateClaims() {
        String call = "Bennett spoke with Putin by phone on Saturday, his office said.";
        String visit = "Bennett flew to Moscow to meet Putin, his office said.";
        Aligned aligned = align(List.of(
                new AnnotatedArticleBuilder("a1", "Haaretz", LocalDate.of(2022, 3, 5), call)
                        .entity("bennett", PERSON, "Bennett").entity("putin", PERSON, "Putin")
                        .quote(INDIRECT, call, "Bennett spoke with Putin by phone on Saturday", "said", "his office", "bennett"),
                new AnnotatedArticleBuilder("a2", "Ynet", LocalDate.of(2022, 3, 5), visit)
                        .entity("bennett", PERSON, "Bennett").entity("putin", PERSON, "Putin")
                        .quote(INDIRECT, visit, "Bennett flew to Moscow to meet Putin", "said", "his office", "bennett")),
                List.of("bennett", "putin"));

        assertThat(aligned.story().claims()).hasSize(2);
    }

    @Test
    void aReworkedReportOfTheSameDronesIsOneClaimAcrossOutlets() {
        String supplied = "Iran has supplied Russia with drones used against Ukrainian cities, Kyiv said.";
        String using = "Russia is using Iranian-made drones to attack Ukraine, officials in Kyiv said.";
        Aligned aligned = align(List.of(
                new AnnotatedArticleBuilder("b1", "Reuters", LocalDate.of(2022, 10, 18), supplied)
                        .entity("iran", COUNTRY, "Iran").entity("russia", COUNTRY, "Russia").entity("kyiv", COUNTRY, "Kyiv")
                        .quote(INDIRECT, supplied, "Iran has supplied Russia with drones used against Ukrainian cities", "said", "Kyiv", "kyiv"),
                new AnnotatedArticleBuilder("b2", "The Guardian", LocalDate.of(2022, 10, 18), using)
                        .entity("russia", COUNTRY, "Russia").entity("kyiv", COUNTRY, "Kyiv")
                        .quote(INDIRECT, using, "Russia is using Iranian-made drones to attack Ukraine", "said", "officials in Kyiv", "kyiv")),
                List.of("russia", "kyiv"));

        assertThat(aligned.story().claims()).hasSize(1);
        assertThat(aligned.story().claims().get(0).reports()).extracting(r -> r.stance()).containsOnly(Stance.REPORTED);
    }

    @Test
    void statementsSharingOneLightWordNeedCloserMeaningToJoin() {
        String criticism = "Yermak did, however, criticize Israel for not doing more in terms of helping Ukraine with weapons and spyware.";
        String quiet = "Israel is not speaking out much on the war between Russia and Ukraine in order to be able to help mediate "
                + "between the sides, Koren said on Sunday.";
        Aligned aligned = align(List.of(
                new AnnotatedArticleBuilder("c1", "Breitbart", LocalDate.of(2022, 3, 24), criticism)
                        .entity("yermak", PERSON, "Yermak").entity("israel", COUNTRY, "Israel").entity("ukraine", COUNTRY, "Ukraine")
                        .quote(INDIRECT, criticism, "Israel for not doing more in terms of helping Ukraine with weapons and spyware",
                                "criticize", "Yermak", "yermak"),
                new AnnotatedArticleBuilder("c2", "The Jerusalem Post", LocalDate.of(2022, 2, 27), quiet)
                        .entity("israel", COUNTRY, "Israel").entity("ukraine", COUNTRY, "Ukraine").entity("russia", COUNTRY, "Russia")
                        .entity("koren", PERSON, "Koren")
                        .quote(INDIRECT, quiet, "Israel is not speaking out much on the war between Russia and Ukraine in order to be "
                                + "able to help mediate between the sides", "said", "Koren", "koren")),
                List.of("israel", "ukraine"));

        assertThat(aligned.story().claims()).hasSize(2);
    }

    @Test
    void eachStoryIsEmbeddedInOneBatch() {
        int before = EMBEDDER.batches.get();
        seeds();

        assertThat(EMBEDDER.batches.get() - before).isEqualTo(1);
        assertThat(EMBEDDER.single.get()).isZero();
    }
}
