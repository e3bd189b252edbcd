package org.parallax.crossarticle.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parallax.crossarticle.EntityResolution;
import org.parallax.crossarticle.SeedArticles;
import org.parallax.crossarticle.StoryGroup;
import org.parallax.crossarticle.entities.NameEntityResolver;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Entity;
import org.parallax.model.Evidence;

/** Stories over the seeds and unrelated news, with the real in-process ONNX embedding model. */
class EmbeddingStoryFinderTest {

    /** Loaded once for the class: the model takes about a second and 100 MB. */
    private static final TextEmbedder EMBEDDER = new OnnxTextEmbedder();

    private final EmbeddingStoryFinder finder = new EmbeddingStoryFinder(EMBEDDER, StorySettings.defaults());

    @Test
    void theThreeSeedsMonthsApartFormOneStoryAndUnrelatedNewsStaysOut() {
        List<AnalyzedArticle> articles = new ArrayList<>(SeedArticles.seeds());
        articles.addAll(SeedArticles.unrelated());
        EntityResolution entities = new NameEntityResolver().resolve(articles);

        List<StoryGroup> stories = finder.find(articles, entities);

        StoryGroup seeds = storyOf(stories, "seed-000");
        assertThat(seeds.articles()).containsExactly("seed-000", "seed-001", "seed-002");
        for (AnalyzedArticle other : SeedArticles.unrelated()) {
            assertThat(stories).filteredOn(story -> story.articles().contains(other.article().id()))
                    .allSatisfy(story -> assertThat(story.articles()).doesNotContain("seed-000", "seed-001",
                            "seed-002"));
        }
    }

    @Test
    void theSeedStoryIsTitledByItsOnlyHeadlineAndSummarisedByLeadSentencesWithEvidence() {
        List<AnalyzedArticle> seeds = SeedArticles.seeds();
        EntityResolution entities = new NameEntityResolver().resolve(seeds);

        StoryGroup story = finder.find(seeds, entities).get(0);

        assertThat(story.id()).isEqualTo("s1");
        assertThat(story.title()).isEqualTo("Ukrainian president reveals intelligence cooperation with Israel");
        assertThat(story.summary()).hasSizeBetween(2, 3);
        Map<String, String> texts = Map.of("seed-000", seeds.get(0).article().text(), "seed-001",
                seeds.get(1).article().text(), "seed-002", seeds.get(2).article().text());
        for (Evidence evidence : story.summary()) {
            String sentence = evidence.span().coveredText(texts.get(evidence.article()));
            assertThat(sentence).matches("(?s)\\S.*\\S").doesNotContain("\n\n");
            assertThat(sentence.split("\\s+")).hasSizeGreaterThanOrEqualTo(6);
        }
        assertThat(story.entities()).contains(idOf(entities, "Israel"), idOf(entities, "Ukraine"),
                idOf(entities, "Russia"), idOf(entities, "Volodymyr Zelensky"), idOf(entities, "Naftali Bennett"),
                idOf(entities, "Vladimir Putin"), idOf(entities, "Kiev"), idOf(entities, "Yedioth Ahronoth"));
        assertThat(story.entities()).doesNotContain(idOf(entities, "Haaretz"));
    }

    @Test
    void noArticlesMakeNoStories() {
        assertThat(finder.find(List.of(), new EntityResolution(List.of(), Map.of()))).isEmpty();
    }

    private static StoryGroup storyOf(List<StoryGroup> stories, String article) {
        return stories.stream().filter(story -> story.articles().contains(article)).findFirst().orElseThrow();
    }

    private static String idOf(EntityResolution entities, String name) {
        Optional<Entity> entity = entities.entities().stream().filter(e -> e.name().equals(name)).findFirst();
        return entity.orElseThrow(() -> new AssertionError("no entity " + name)).id();
    }
}
