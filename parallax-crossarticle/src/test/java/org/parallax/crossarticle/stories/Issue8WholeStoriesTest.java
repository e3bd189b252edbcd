package org.parallax.crossarticle.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parallax.crossarticle.entities.DisjointSets;

/**
 * Issue 8, "Stories": on ECB+ dev, average linkage left one subtopic in two or three stories whose mean similarity over
 * their article pairs stays under the join threshold (recall 0.784). A second pass joins whole stories that the
 * trained {@link StoryPairModel} judges one event, comparing stories as wholes, never one article with one member.
 * Here the model is fitted on a rule (centroid cosine of the lead embeddings at least 0.8), so that the pass, not the
 * shipped weights, is under test; the last test reads the shipped model.
 */
class Issue8WholeStoriesTest {

    private static final StoryPairModel RULE = ruleModel();

    @Test
    void twoStoriesAlikeAsWholesAreJoinedThoughTheirArticlePairsAreNot() {
        List<ArticleProfile> profiles = List.of(profile(1, 0.6, 0, 0), profile(1, -0.6, 0, 0), profile(1, 0, 0.6, 0),
                profile(1, 0, -0.6, 0));
        StoryCluster first = cluster(profiles.subList(0, 2));
        assertThat(first.content(cluster(profiles.subList(2, 4)))).as("mean pair cosine").isLessThan(0.75);

        DisjointSets sets = sets(4, new int[][] {{0, 1}, {2, 3}});
        new WholeStoryMerger(RULE).merge(profiles, List.of(new long[] {1, 2}), sets);

        assertThat(sets.find(0)).isEqualTo(sets.find(3));
    }

    @Test
    void aStoryCloseToOneMemberOfAnotherButNotToItsWholeIsNotJoined() {
        // The candidate pair links the lone article with the one member it resembles; the other story as a whole is far.
        List<ArticleProfile> profiles = List.of(profile(1, 0, 0, 0), profile(1, 0.05, 0, 0), profile(0, 1, 0, 0),
                profile(0, 1, 0.1, 0));
        DisjointSets sets = sets(4, new int[][] {{1, 2}, {2, 3}});
        new WholeStoryMerger(RULE).merge(profiles, List.of(new long[] {0, 1}), sets);

        assertThat(sets.find(0)).isNotEqualTo(sets.find(1));
    }

    @Test
    void datedStoriesMoreThanAWeekApartAreNeverJoined() {
        LocalDate day = LocalDate.of(2016, 7, 25);
        List<ArticleProfile> profiles = List.of(dated(day, 1, 0.6), dated(day, 1, -0.6), dated(day.plusDays(12), 1, 0.5),
                dated(day.plusDays(12), 1, -0.5), dated(day.plusDays(3), 1, 0.4), dated(day.plusDays(4), 1, -0.4));
        DisjointSets sets = sets(6, new int[][] {{0, 1}, {2, 3}, {4, 5}});
        new WholeStoryMerger(RULE).merge(profiles, List.of(new long[] {0, 2}, new long[] {0, 4}), sets);

        assertThat(sets.find(0)).as("three days apart").isEqualTo(sets.find(4));
        assertThat(sets.find(0)).as("twelve days apart, then eight from the joined story").isNotEqualTo(sets.find(2));
    }

    @Test
    void theOutcomeDoesNotDependOnTheOrderInWhichTheSetsWereJoined() {
        Random random = new Random(8);
        List<ArticleProfile> profiles = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            profiles.add(profile(1, random.nextGaussian() * 0.5, random.nextGaussian() * 0.5, random.nextGaussian() * 0.5));
        }
        List<long[]> pairs = new ArrayList<>();
        for (int a = 0; a < 24; a++) {
            for (int b = a + 1; b < 24; b += 5) {
                pairs.add(new long[] {a, b});
            }
        }
        int[][] groups = {{0, 1, 2}, {3, 4}, {5, 6, 7, 8}, {9, 10}, {11, 12, 13}, {14, 15}, {16, 17, 18}, {19, 20}};
        int[][] reversed = new int[groups.length][];
        for (int g = 0; g < groups.length; g++) {
            reversed[g] = new int[groups[g].length];
            for (int m = 0; m < groups[g].length; m++) {
                reversed[g][m] = groups[g][groups[g].length - 1 - m];
            }
        }
        DisjointSets forward = sets(24, groups);
        DisjointSets backward = sets(24, reversed);
        new WholeStoryMerger(RULE).merge(profiles, pairs, forward);
        new WholeStoryMerger(RULE).merge(profiles, pairs, backward);

        for (int a = 0; a < 24; a++) {
            for (int b = 0; b < 24; b++) {
                assertThat(forward.find(a) == forward.find(b)).as("%d and %d", a, b).isEqualTo(backward.find(a) == backward.find(b));
            }
        }
    }

    @Test
    void theShippedModelJoinsStoriesMoreReadilyTheCloserTheyAreAsWholes() {
        StoryPairModel shipped = StoryPairModel.standard();
        double[] far = {0.45, 0.2, 0.2, 0.5, 0.3, 0.3, Math.log(2), Math.log(4)};
        double[] near = {0.45, 0.2, 0.2, 0.9, 0.6, 0.6, Math.log(2), Math.log(4)};

        assertThat(shipped.threshold()).isBetween(0.0, 1.0);
        assertThat(shipped.probability(near)).isGreaterThan(shipped.probability(far));
        assertThat(shipped.provenance()).contains("ECB+ train");
    }

    /** Fits the model on random feature vectors labelled by the rule: lead centroid cosine at least 0.8. */
    private static StoryPairModel ruleModel() {
        Random random = new Random(20_261_201L);
        int count = 2_000;
        double[][] features = new double[count][];
        boolean[] same = new boolean[count];
        for (int i = 0; i < count; i++) {
            features[i] = new double[] {random.nextDouble(), random.nextDouble(), random.nextDouble(), random.nextDouble(),
                random.nextDouble(), random.nextDouble(), random.nextDouble() * 2, random.nextDouble() * 3};
            same[i] = features[i][3] >= 0.8;
        }
        return StoryPairModel.train(features, same, 0.01, 0.5, "a rule, for the test");
    }

    private static ArticleProfile profile(double... embedding) {
        return profile(Optional.empty(), embedding);
    }

    private static ArticleProfile dated(LocalDate day, double x, double y) {
        return profile(Optional.of(day), x, y, 0, 0);
    }

    private static ArticleProfile profile(Optional<LocalDate> published, double... embedding) {
        float[] vector = new float[embedding.length];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = (float) embedding[i];
        }
        ArticleProfile.Weighted none = new ArticleProfile.Weighted(new int[0], new float[0]);
        return new ArticleProfile(Vectors.normalized(vector), none, none, published);
    }

    private static StoryCluster cluster(List<ArticleProfile> profiles) {
        StoryCluster cluster = StoryCluster.of(profiles.get(0));
        profiles.subList(1, profiles.size()).forEach(cluster::add);
        return cluster;
    }

    private static DisjointSets sets(int size, int[][] groups) {
        DisjointSets sets = new DisjointSets(size);
        for (int[] group : groups) {
            for (int m = 1; m < group.length; m++) {
                sets.union(group[m], group[0]);
            }
        }
        return sets;
    }
}
