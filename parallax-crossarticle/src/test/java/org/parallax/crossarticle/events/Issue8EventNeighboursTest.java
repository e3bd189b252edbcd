package org.parallax.crossarticle.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.crossarticle.stories.Vectors;

/**
 * Issue 8: the candidates beyond word families that training compares with the families (docs/quality-crossarticle.md,
 * "Candidates beyond word families"): families join along their mentions' nearest neighbours by trigger-in-context
 * vector, never beyond the size of a clustered block and never across incompatible dates.
 */
class Issue8EventNeighboursTest {

    @Test
    void familiesWhoseMentionsLookAlikeJoinAndOthersStayApart() {
        // "killed" (0, 2), "shooting" (1, 3): one direction; "resigned" (4): another
        float[][] vectors = {unit(1, 0.1f, 0), unit(1, 0.12f, 0.01f), unit(1, 0.09f, 0), unit(1, 0.11f, 0.02f), unit(0, 0, 1)};
        List<List<Integer>> families = List.of(List.of(0, 2), List.of(1, 3), List.of(4));

        List<List<Integer>> blocks = EventNeighbours.joined(families, vectors, (a, b) -> true);

        assertThat(blocks).containsExactly(List.of(0, 1, 2, 3), List.of(4));
    }

    @Test
    void mentionsOfIncompatibleDatesDoNotLink() {
        float[][] vectors = {unit(1, 0, 0), unit(1, 0.01f, 0)};

        assertThat(EventNeighbours.joined(List.of(List.of(0), List.of(1)), vectors, (a, b) -> false))
                .containsExactly(List.of(0), List.of(1));
    }

    @Test
    void aJoinedBlockStaysWithinTheMentionsClusteredTogether() {
        int half = MentionEvents.MOST_COMPARED / 2 + 1;
        float[][] vectors = new float[2 * half][];
        List<Integer> first = new ArrayList<>();
        List<Integer> second = new ArrayList<>();
        for (int i = 0; i < 2 * half; i++) {
            vectors[i] = unit(1, i * 1e-4f, 0);
            (i < half ? first : second).add(i);
        }

        assertThat(EventNeighbours.joined(List.of(first, second), vectors, (a, b) -> true)).containsExactly(first, second);
    }

    private static float[] unit(float... values) {
        return Vectors.normalized(values);
    }
}
