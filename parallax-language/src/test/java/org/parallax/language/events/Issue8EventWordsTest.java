package org.parallax.language.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parallax.language.LanguagePipeline;
import org.parallax.language.LanguagePipelines;
import org.parallax.language.SharedParsers;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Article;
import org.parallax.model.DateSource;
import org.parallax.model.EventMention;
import org.parallax.model.EventWordClass;
import org.parallax.model.InputFormat;

/**
 * Issue 8: the event stage took verbs and a list of event nouns only, so that ECB+'s nominal and adjectival triggers
 * ("on suspicion of arson", "declared dead", "awaits trial", "No one was injured") were no event mentions and their
 * events could not be found. Real sentences of ECB+ train; the learnt event words come from its gold mentions.
 */
class Issue8EventWordsTest {

    private static LanguagePipeline pipeline;

    private static synchronized LanguagePipeline pipeline() {
        if (pipeline == null) {
            pipeline = LanguagePipelines.standard(SharedParsers.withoutDependencies());
        }
        return pipeline;
    }

    private static List<EventMention> events(String text) {
        Article article = new Article("test", "test.txt", InputFormat.TEXT, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), Optional.of(LocalDate.of(2013, 3, 11)), DateSource.MANIFEST,
                Optional.empty(), text, List.of(), List.of());
        AnalyzedArticle analyzed = pipeline().annotate(article);
        return analyzed.annotations().events();
    }

    private static Optional<EventMention> mention(String text, String word) {
        int begin = text.indexOf(word);
        return events(text).stream().filter(mention -> mention.span().begin() == begin
                && mention.span().end() == begin + word.length()).findFirst();
    }

    @Test
    void nounsThatAnnotatorsMarkAsEventsAreTriggers() {
        String text = "A man has been charged on suspicion of arson following a fire that devastated a Somerset supermarket.";
        assertThat(mention(text, "suspicion")).get().extracting(EventMention::wordClass).isEqualTo(EventWordClass.NOUN);
        assertThat(mention(text, "arson")).isPresent();
        assertThat(mention(text, "fire")).isPresent();
        assertThat(mention(text, "charged")).isPresent();
        String trial = "A grand jury in December indicted Beus on charges he misused federal grant money, and he awaits trial.";
        assertThat(mention(trial, "trial")).isPresent();
    }

    @Test
    void adjectivesOfWhatHappenedAreTriggers() {
        String dead = "After the shooting Gray was rushed to a hospital but was declared dead on arrival.";
        assertThat(mention(dead, "dead")).get().extracting(EventMention::wordClass).isEqualTo(EventWordClass.ADJECTIVE);
        String guilty = "They said the judge also refused to let them add jury instructions about others who could be guilty"
                + " of aiding and abetting Orozco.";
        assertThat(mention(guilty, "guilty")).isPresent();
    }

    @Test
    void rangeStartsAndAbstractNounsStayNoEvents() {
        // PolNeAR dev (HuffPost, Wells Fargo): a range's start is no event
        String range = "Wells Fargo just this month announced it would get rid of these incentives, beginning in January 2017.";
        assertThat(mention(range, "beginning")).isEmpty();
        assertThat(mention(range, "announced")).isPresent();
        // PolNeAR dev: ECB+ marks "problems" and "issues" as states; in news they name no happening
        String problem = "There was no noticeable issue with the sound on television.";
        assertThat(mention(problem, "issue")).isEmpty();
        // PolNeAR dev: the learnt word "return" (a verb as often as a noun in ECB+) names a document in a compound
        String returns = "\u201cWhy won\u2019t he release his tax returns? I think there may be a couple of reasons,\u201d she said.";
        assertThat(mention(returns, "returns")).isEmpty();
        assertThat(mention(returns, "release")).isPresent();
        String breaks = "Sanders said the tax breaks used by Trump and others \u201cdo nothing to boost the economy.\u201d";
        assertThat(mention(breaks, "breaks")).isEmpty();
        String fraud = "He\u2019s claiming that voting fraud is \u201ca big, big problem in this country\u201d.";
        assertThat(mention(fraud, "problem")).isEmpty();
    }
}
