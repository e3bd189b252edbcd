package org.parallax.crossarticle.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.crossarticle.ArticleFixtures.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parallax.crossarticle.EntityResolution;
import org.parallax.crossarticle.StoryGroup;
import org.parallax.model.AnalyzedArticle;

/**
 * The grouping rules with a fixed embedding per article (three topics as three directions), so
 * that the rules, not the model, are under test.
 */
class StoryGroupingTest {

    /** Embeds a text by the topic words it names: "ceasefire" and "harvest" are two directions. */
    private static final class TopicEmbedder implements TextEmbedder {

        @Override
        public float[] embed(String text) {
            float[] vector = {text.contains("ceasefire") ? 1 : 0, text.contains("harvest") ? 1 : 0,
                    text.contains("election") ? 1 : 0, 0.05f};
            return Vectors.normalized(vector);
        }

        @Override
        public int dimension() {
            return 4;
        }
    }

    private static final StorySettings SETTINGS = new StorySettings(0.6, 0.3, 0.0, 0.1, 180, 0.6, 0.5, 40, 3, 3, 5, 8,
            3, 48, 12);

    private final EmbeddingStoryFinder finder = new EmbeddingStoryFinder(new TopicEmbedder(), SETTINGS);

    @Test
    void anArticleCloseToTwoStoriesJoinsBothWithoutFusingThem() {
        List<AnalyzedArticle> articles = List.of(
                dated("truce-1", "Negotiators in Istanbul said a ceasefire could hold through the weekend talks."),
                dated("grain-1", "Farmers in Odesa began the harvest as ships waited to load wheat for export."),
                dated("truce-2", "A ceasefire along the front line was broken overnight, both sides said on Monday."),
                dated("grain-2", "The harvest is down a third this year, the agriculture ministry said in Kyiv."),
                dated("both", "A ceasefire would let the harvest reach the ports before the autumn rains, "
                        + "officials said."));

        List<StoryGroup> stories = finder.find(articles, new EntityResolution(List.of(), Map.of()));

        assertThat(stories).extracting(StoryGroup::articles).containsExactly(List.of("truce-1", "truce-2", "both"),
                List.of("grain-1", "grain-2", "both"));
        assertThat(stories).extracting(StoryGroup::id).containsExactly("s1", "s2");
    }

    @Test
    void manyArticlesOnOneTopicFormOneStoryThroughBlocksLargerThanAFullComparison() {
        List<AnalyzedArticle> articles = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String topic = i % 2 == 0 ? "ceasefire" : "election";
            articles.add(article("a" + i, Optional.empty(), Optional.of(LocalDate.of(2022, 1, 1).plusDays(i)),
                    Optional.empty(), "Report " + i + " on the " + topic + " from our correspondent in the region."));
        }

        List<StoryGroup> stories = finder.find(articles, new EntityResolution(List.of(), Map.of()));

        assertThat(stories).hasSize(2);
        assertThat(stories).extracting(story -> story.articles().size()).containsExactly(150, 150);
    }

    private static AnalyzedArticle dated(String id, String text) {
        return article(id, Optional.empty(), Optional.of(LocalDate.of(2022, 8, 1)), Optional.empty(), text);
    }
}
