package org.parallax.crossarticle.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.crossarticle.ArticleFixtures.article;
import static org.parallax.crossarticle.ArticleFixtures.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parallax.crossarticle.EntityResolution;
import org.parallax.crossarticle.StoryGroup;
import org.parallax.crossarticle.entities.NameEntityResolver;
import org.parallax.model.AnalyzedArticle;

/**
 * Issue 8: "Stories chain into blobs": grouping by connected components of pairwise links let one
 * bridge article join two unrelated stories, and one story held 486 of 840 PolNeAR articles. An
 * article joins a story when it is close to the story as a whole, so bridges join nothing.
 * Embeddings are fixed by topic word, so the grouping rule, not the model, is under test.
 */
class Issue8BlobStoriesTest {

    /** Three directions: the O'Malley campaign, the Iowa caucus, and the refugee debate. */
    private static final class TopicEmbedder implements TextEmbedder {

        @Override
        public float[] embed(String text) {
            return Vectors.normalized(new float[] {text.contains("O'Malley") ? 1 : 0, text.contains("caucus") ? 1 : 0,
                text.contains("refugees") ? 1 : 0, 0.05f});
        }

        @Override
        public int dimension() {
            return 4;
        }
    }

    private final EmbeddingStoryFinder finder = new EmbeddingStoryFinder(new TopicEmbedder(), StorySettings.defaults());

    @Test
    void aBridgeArticleCloseToOneMemberOfEachStoryDoesNotJoinThem() {
        List<AnalyzedArticle> articles = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            articles.add(dated("omalley-" + i, i, "O'Malley's move was first reported by MSNBC, report " + i
                    + " on the campaign of Martin O'Malley.", person("Martin O'Malley", "O'Malley")));
            articles.add(dated("refugees-" + i, i, "Governors said Syrian refugees would not be resettled, report " + i
                    + ", Chris Christie said.", person("Chris Christie", "Christie")));
        }
        articles.add(dated("bridge", 2, "O'Malley spoke on refugees; Martin O'Malley and Chris Christie disagreed.",
                person("Martin O'Malley", "O'Malley"), person("Chris Christie", "Christie")));

        List<StoryGroup> stories = finder.find(articles, new NameEntityResolver().resolve(articles));

        for (StoryGroup story : stories) {
            boolean omalley = story.articles().stream().anyMatch(id -> id.startsWith("omalley"));
            boolean refugees = story.articles().stream().anyMatch(id -> id.startsWith("refugees"));
            assertThat(omalley && refugees).as("story %s", story.articles()).isFalse();
        }
        assertThat(stories).extracting(StoryGroup::articles)
                .anySatisfy(ids -> assertThat(ids).contains("omalley-0", "omalley-1", "omalley-2", "omalley-3"))
                .anySatisfy(ids -> assertThat(ids).contains("refugees-0", "refugees-1", "refugees-2", "refugees-3"));
    }

    @Test
    void aChainOfArticlesEachCloseToTheNextButDriftingIsNotOneStory() {
        // Article i mixes topic i/10 and topic 1 - i/10 of two directions: neighbours are alike, the ends are not.
        TextEmbedder drifting = new TextEmbedder() {
            @Override
            public float[] embed(String text) {
                double share = Integer.parseInt(text.replaceAll("\\D", "")) / 10.0;
                return Vectors.normalized(new float[] {(float) Math.cos(share * Math.PI / 2), (float) Math.sin(share * Math.PI / 2)});
            }

            @Override
            public int dimension() {
                return 2;
            }
        };
        List<AnalyzedArticle> articles = new ArrayList<>();
        for (int i = 0; i <= 10; i++) {
            // No word in common (each a letter thrice), so that only the drifting embeddings link them.
            articles.add(dated("link-" + i, 0, i + " " + String.valueOf((char) ('a' + i)).repeat(3)));
        }

        List<StoryGroup> stories = new EmbeddingStoryFinder(drifting, StorySettings.defaults())
                .find(articles, new EntityResolution(List.of(), java.util.Map.of()));

        assertThat(stories).hasSizeGreaterThan(1);
        assertThat(stories).noneMatch(story -> story.articles().containsAll(List.of("link-0", "link-10")));
    }

    private static AnalyzedArticle dated(String id, int day, String text,
            org.parallax.crossarticle.ArticleFixtures.Named... entities) {
        return article(id, Optional.empty(), Optional.of(LocalDate.of(2015, 11, 16).plusDays(day)), Optional.empty(), text,
                entities);
    }
}
