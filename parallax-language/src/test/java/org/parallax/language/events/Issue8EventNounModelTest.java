package org.parallax.language.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parallax.language.LanguagePipelines;
import org.parallax.language.SharedParsers;
import org.parallax.model.Article;
import org.parallax.model.DateSource;
import org.parallax.model.EventMention;
import org.parallax.model.EventWordClass;
import org.parallax.model.InputFormat;

/**
 * Issue 8: 270 gold event mentions of ECB+ dev had no event mention, most of them nouns the event stage's list and
 * learnt words leave out ("crossfire", "rampage", "party"). Where an event noun model ships ({@code parallax train
 * event-nouns}), the stage takes the nouns it scores as events as triggers, undated, after the sentence's dating.
 * Hand-made models over real sentences of ECB+ train and PolNeAR dev pin what the stage does with a model's answer.
 */
class Issue8EventNounModelTest {

    /** A model that takes the nouns of these lemmas, and no other. */
    private static EventNounModel taking(String... lemmas) {
        Map<String, Double> weights = new java.util.HashMap<>();
        for (String lemma : lemmas) {
            weights.put("lemma=" + lemma, 8.0);
        }
        return new EventNounModel(weights, -4.0, 0.5);
    }

    /** A model that takes every noun it scores. */
    private static final EventNounModel EVERY_NOUN = new EventNounModel(Map.of(), 4.0, 0.5);

    private static List<EventMention> events(String text, Optional<EventNounModel> model) {
        Article article = new Article("test", "test.txt", InputFormat.TEXT, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), Optional.of(LocalDate.of(2013, 3, 11)), DateSource.MANIFEST,
                Optional.empty(), text, List.of(), List.of());
        EventStage stage = new EventStage(AttachmentModel.standard(AttachmentModel.Scope.SENTENCE),
                AttachmentModel.standard(AttachmentModel.Scope.PASSAGE), model);
        return LanguagePipelines.standardEndingWith(SharedParsers.withoutDependencies(), stage).annotate(article)
                .annotations().events();
    }

    private static Optional<EventMention> mention(List<EventMention> events, String text, String word) {
        int begin = text.indexOf(word);
        return events.stream().filter(mention -> mention.span().begin() == begin
                && mention.span().end() == begin + word.length()).findFirst();
    }

    @Test
    void aNounTheModelTakesIsATrigger() {
        // ECB+ train (topic 33): "crossfire" is no listed or learnt event noun
        String text = "Last moments of Brooklyn mother of 12 killed in crossfire caught on tape";
        assertThat(mention(events(text, Optional.empty()), text, "crossfire")).isEmpty();
        List<EventMention> events = events(text, Optional.of(taking("crossfire")));
        assertThat(mention(events, text, "crossfire")).get().extracting(EventMention::wordClass).isEqualTo(EventWordClass.NOUN);
        assertThat(mention(events, text, "killed")).isPresent();
        assertThat(events).isSortedAccordingTo(java.util.Comparator.comparingInt(mention -> mention.span().begin()));
    }

    @Test
    void theModelsNounsAreUndatedAndChangeNoOtherDate() {
        // ECB+ train (topic 3): a dated sentence ("2005 rampage" is the rules' mention, dated 2005); the noun a model
        // adds takes no date, and every other mention keeps its own
        String text = "A judge in Fulton County, Ga., sentenced Brian Nichols Saturday to multiple life prison sentences"
                + " for his deadly 2005 rampage at Fulton Courthouse.";
        List<EventMention> rules = events(text, Optional.empty());
        List<EventMention> withModel = events(text, Optional.of(taking("prison")));
        assertThat(mention(rules, text, "prison")).isEmpty();
        assertThat(mention(withModel, text, "prison")).get().satisfies(mention -> {
            assertThat(mention.wordClass()).isEqualTo(EventWordClass.NOUN);
            assertThat(mention.dating().isDated()).isFalse();
        });
        assertThat(withModel.stream().filter(mention -> !mention.span().coveredText(text).equals("prison")).toList())
                .isEqualTo(rules);
        assertThat(mention(rules, text, "rampage")).get().extracting(mention -> mention.dating().isDated()).isEqualTo(true);
        assertThat(mention(rules, text, "sentenced")).get().extracting(mention -> mention.dating().isDated()).isEqualTo(true);
    }

    @Test
    void insideANameOnlyItsLastWordIsScored() {
        // PolNeAR dev: a model that took every noun would take the name's last word, never its first
        String text = "But he said the Democratic Party would be mistaken to proceed without a contingency plan.";
        List<EventMention> events = events(text, Optional.of(EVERY_NOUN));
        assertThat(mention(events, text, "Democratic")).isEmpty();
        assertThat(mention(events, text, "plan")).isPresent();
    }
}
