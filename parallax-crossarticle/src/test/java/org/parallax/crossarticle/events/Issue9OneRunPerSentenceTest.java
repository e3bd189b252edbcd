package org.parallax.crossarticle.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.crossarticle.events.PirateSentences.NAVY;
import static org.parallax.crossarticle.events.PirateSentences.REBELS;
import static org.parallax.crossarticle.events.PirateSentences.WARSHIP;
import static org.parallax.crossarticle.events.PirateSentences.article;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.parallax.crossarticle.EntityResolution;
import org.parallax.crossarticle.entities.NameEntityResolver;
import org.parallax.crossarticle.stories.CachingTextEmbedder;
import org.parallax.crossarticle.stories.EmbeddingCache;
import org.parallax.crossarticle.stories.TextEmbedder;
import org.parallax.crossarticle.stories.TextWindow;
import org.parallax.crossarticle.stories.Vectors;
import org.parallax.crossarticle.stories.WindowedEmbedding;
import org.parallax.crossarticle.stories.WindowedText;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Span;

/**
 * Issue 9: the event pair model's embeddings cost one model run per sentence. A sentence's vector comes from the same
 * run as the trigger-in-context vectors of its mentions (the token outputs pooled over the whole sentence and over each
 * trigger's window), the sentence vector is the one the embedder gives the sentence on its own, and a cache keeps both
 * kinds under their texts. Real sentences: ECB+ documents 12_1ecb and 12_3ecb (the Indian Navy and the pirates), and a
 * report of another attack.
 */
class Issue9OneRunPerSentenceTest {

    @Test
    void theSentenceVectorOfTheWindowedRunIsTheSentenceEmbedding() {
        TextEmbedder embedder = TrainedEventFinder.embedder();
        List<WindowedEmbedding> windowed = embedder.embedWindows(List.of(
                new WindowedText(NAVY, List.of(window(NAVY, "attacking"))),
                new WindowedText(WARSHIP, List.of(window(WARSHIP, "attack"), window(WARSHIP, "repulsed"))),
                new WindowedText(REBELS, List.of())));

        assertThat(largestDifference(windowed.get(0).text(), embedder.embed(NAVY))).isLessThan(1e-6f);
        assertThat(largestDifference(windowed.get(1).text(), embedder.embed(WARSHIP))).isLessThan(1e-6f);
        assertThat(largestDifference(windowed.get(2).text(), embedder.embed(REBELS))).isLessThan(1e-6f);
        assertThat(windowed.get(1).windows()).hasSize(2);
        assertThat(Vectors.dot(windowed.get(1).windows().get(0), windowed.get(1).windows().get(0))).isCloseTo(1f,
                Offset.offset(1e-4f));
    }

    @Test
    void aTriggerReadInItsSentenceIsCloserToTheSameEventThanToAnotherAttack() {
        List<WindowedEmbedding> windowed = TrainedEventFinder.embedder().embedWindows(List.of(
                new WindowedText(NAVY, List.of(window(NAVY, "attacking"))),
                new WindowedText(WARSHIP, List.of(window(WARSHIP, "attack"))),
                new WindowedText(REBELS, List.of(window(REBELS, "attacked")))));
        float[] navy = windowed.get(0).windows().get(0);

        assertThat(Vectors.dot(navy, windowed.get(1).windows().get(0))).isGreaterThan(Vectors.dot(navy, windowed.get(2).windows().get(0)));
    }

    @Test
    void thePairModelEmbedsEachSentenceOnceAndACacheKeepsItsWindows() {
        CachingTextEmbedder embedder = new CachingTextEmbedder(TrainedEventFinder.embedder(), "test");
        List<AnalyzedArticle> articles = List.of(article("ibn", NAVY + " " + REBELS), article("zee", WARSHIP));
        EntityResolution resolution = new NameEntityResolver().resolve(articles);
        EmbeddingCache kept = EmbeddingCache.inMemory();

        EventMentionPairs first = embedder.using(kept, () -> EventMentionPairs.of(articles, resolution, Set.of(), Optional.of(embedder)));
        long firstRuns = embedder.textsEmbedded();
        EventMentionPairs again = embedder.using(kept, () -> EventMentionPairs.of(articles, resolution, Set.of(), Optional.of(embedder)));

        // three sentences, each run once for all its mentions, and ibn's lead; zee's lead is its one sentence, run already
        assertThat(first.size()).isGreaterThan(3);
        assertThat(firstRuns).isEqualTo(4);
        assertThat(embedder.textsEmbedded()).isEqualTo(firstRuns);
        for (int[] pair : first.candidates()) {
            assertThat(again.features(pair[0], pair[1])).containsExactly(first.features(pair[0], pair[1]));
        }
    }

    @Test
    void theWindowIsTheTriggerWithSixWordsEachSide() {
        String text = "  " + NAVY + " ";
        Span sentence = new Span(0, text.length());
        int at = text.indexOf("attacking");
        TextWindow window = EventMentionPairs.window(text, sentence, new Span(at, at + "attacking".length()));

        assertThat(NAVY.substring(window.begin(), window.end()))
                .isEqualTo("Navy on Saturday prevented pirates from attacking a merchant vessel flying an Ethiopian");
        int first = text.indexOf("The");
        TextWindow opening = EventMentionPairs.window(text, sentence, new Span(first, first + 3));
        assertThat(NAVY.substring(opening.begin(), opening.end())).isEqualTo("The Indian Navy on Saturday prevented pirates");
    }

    private static TextWindow window(String sentence, String trigger) {
        int at = sentence.indexOf(trigger);
        return EventMentionPairs.window(sentence, new Span(0, sentence.length()), new Span(at, at + trigger.length()));
    }

    private static float largestDifference(float[] a, float[] b) {
        float largest = 0;
        for (int i = 0; i < a.length; i++) {
            largest = Math.max(largest, Math.abs(a[i] - b[i]));
        }
        return largest;
    }
}
