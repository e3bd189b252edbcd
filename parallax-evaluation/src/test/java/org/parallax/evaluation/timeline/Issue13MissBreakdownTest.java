package org.parallax.evaluation.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parallax.evaluation.timeline.TimelineCounts.Miss;

/**
 * Issue 13: the event-dating benchmark says why each gold event is not dated right (no mention covers it, its mention
 * is undated, or dated wrong; its gold date in its own sentence or another; for an undated mention whose date stands in
 * another sentence, whether a date of its own sentence stood beside it), so that work goes to the largest reason.
 */
class Issue13MissBreakdownTest {

    @Test
    void eachMissHasOneReason() {
        assertThat(Miss.of(false, false, true, true)).isEqualTo(Miss.NO_MENTION_DATE_IN_OWN_SENTENCE);
        assertThat(Miss.of(false, false, false, false)).isEqualTo(Miss.NO_MENTION_DATE_IN_ANOTHER_SENTENCE);
        assertThat(Miss.of(true, false, true, true)).isEqualTo(Miss.UNDATED_DATE_IN_OWN_SENTENCE);
        assertThat(Miss.of(true, false, false, true)).isEqualTo(Miss.UNDATED_DATE_IN_ANOTHER_SENTENCE_OWN_DATE_BESIDE);
        assertThat(Miss.of(true, false, false, false)).isEqualTo(Miss.UNDATED_DATE_IN_ANOTHER_SENTENCE);
        assertThat(Miss.of(true, true, true, true)).isEqualTo(Miss.WRONG_DATE_IN_OWN_SENTENCE);
        assertThat(Miss.of(true, true, false, false)).isEqualTo(Miss.WRONG_DATE_IN_ANOTHER_SENTENCE);
    }

    @Test
    void missesAddUpAcrossDocumentsAndAreAllPrinted() {
        TimelineCounts first = new TimelineCounts(2, 2, 1, 0, 1, 0, Map.of(),
                Map.of(Miss.WRONG_DATE_IN_OWN_SENTENCE, 1, Miss.UNDATED_DATE_IN_ANOTHER_SENTENCE, 1));
        TimelineCounts second = new TimelineCounts(1, 0, 0, 0, 0, 0, Map.of(), Map.of(Miss.UNDATED_DATE_IN_ANOTHER_SENTENCE, 1));
        TimelineCounts sum = TimelineCounts.zero().plus(first).plus(second);

        assertThat(sum.gold()).isEqualTo(3);
        assertThat(sum.missesInOrder()).hasSize(Miss.values().length)
                .containsEntry(Miss.UNDATED_DATE_IN_ANOTHER_SENTENCE, 2)
                .containsEntry(Miss.WRONG_DATE_IN_OWN_SENTENCE, 1)
                .containsEntry(Miss.NO_MENTION_DATE_IN_OWN_SENTENCE, 0);
        String summary = new TimelineReport(List.of(new TimelineReport.Subset("TimeBank (tuned on)", 2, sum)), 1.0).summary();
        assertThat(summary).contains("gold events not dated right, by why")
                .containsPattern("mention undated, date in another sentence, no DATE or TIME beside it +2");
    }

    @Test
    void theUndatedEventsDatedInAnotherSentenceAreCountedByDimensionAndPrinted() {
        TimelineCounts first = new TimelineCounts(1, 1, 0, 0, 0, 0, Map.of(), Map.of(Miss.UNDATED_DATE_IN_ANOTHER_SENTENCE, 1),
                Map.of("a word class: verb", 1, "b nearest earlier gold date: 1 back", 1));
        TimelineCounts second = new TimelineCounts(1, 1, 0, 0, 0, 0, Map.of(), Map.of(Miss.UNDATED_DATE_IN_ANOTHER_SENTENCE, 1),
                Map.of("a word class: verb", 1, "b nearest earlier gold date: 6-8 back", 1));
        TimelineCounts sum = first.plus(second);

        assertThat(sum.undatedAcrossInOrder()).containsEntry("a word class: verb", 2)
                .containsEntry("b nearest earlier gold date: 1 back", 1).containsEntry("b nearest earlier gold date: 6-8 back", 1);
        String summary = new TimelineReport(List.of(new TimelineReport.Subset("AQUAINT (held out)", 2, sum)), 1.0).summary();
        assertThat(summary).containsPattern("a word class: verb +2");
    }
}
