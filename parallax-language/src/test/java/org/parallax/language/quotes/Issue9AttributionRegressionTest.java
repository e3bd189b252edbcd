package org.parallax.language.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.language.quotes.QuoteAnalysis.analyze;
import static org.parallax.language.quotes.QuoteAnalysis.seed;

import java.io.IOException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.parallax.language.quotes.QuoteAnalysis.Found;
import org.parallax.model.Quote;
import org.parallax.testing.GoldenFile;

/**
 * Issue 9, "Who said what": a speaker first described and named a sentence later is that person; partial quotes
 * after "slammed … as", "called …", "described … as" are the subject's; the trained cue model adds attributions the
 * speech verbs of the rules miss. Each case pins the quotes of its text in a golden file, one span per line.
 */
class Issue9AttributionRegressionTest {

    /** "a senior aide to President X said …" then "Y, head of X’s office, told reporters …": the aide is Y. */
    @Nested
    class DescribedThenNamed {

        @Test
        void seed000AideToZelenskyIsYermakNamedTwoParagraphsLater() throws IOException {
            Found found = seed("000");
            Quote cooperation = found.quoteContaining("are working in “close cooperation”");
            assertThat(found.speakerWords(cooperation)).isEqualTo("a senior aide to Ukrainian President Volodymyr Zelensky’s");
            assertThat(found.speakerName(cooperation)).isEqualTo("Andriy Yermak");
        }

        @Test
        void spokesmanForTheGovernmentIsTheSpokesmanNamedInTheNextSentence() {
            Found found = analyze("Germany will send three more air defence systems to Ukraine, a spokesman for the German"
                    + " government said on Monday. \"We are doing what we can,\" Steffen Hebestreit, the government's chief"
                    + " spokesman, told reporters in Berlin.");
            assertGolden(found, "described-then-named-spokesman.golden.txt");
            assertThat(found.speakerName(found.quoteContaining("three more air defence systems"))).isEqualTo("Steffen Hebestreit");
        }

        @Test
        void theBossNamedLaterIsNotTheAide() {
            Found found = analyze("The talks will resume next week, an aide to Chancellor Olaf Scholz said on Friday."
                    + " Scholz said on Saturday that he expected progress.");
            assertThat(found.speakerName(found.quoteContaining("The talks will resume"))).isEmpty();
        }

        @Test
        void anotherPersonWithNothingInCommonIsNotTheDescribedSpeaker() {
            Found found = analyze("The ceasefire is holding, a senior military official said on Sunday."
                    + " Foreign Minister Dmytro Kuleba said the talks would go on.");
            assertThat(found.speakerName(found.quoteContaining("The ceasefire is holding"))).isEmpty();
        }
    }

    /** "X slammed … as “…”", "X called … “…”", "X described … as “…”": the partial quote is X's. */
    @Nested
    class PartialQuotesOfJudgement {

        @Test
        void seed000HeSlammedTheCriticismAsFakeNewsIsYermaksQuote() throws IOException {
            Found found = seed("000");
            Quote fake = found.quoteContaining("100% fake news and lies");
            assertThat(found.cue(fake)).isEqualTo("slammed");
            assertThat(found.speakerWords(fake)).isEqualTo("He");
            assertThat(found.speakerName(fake)).isEqualTo("Andriy Yermak");
        }

        @Test
        void calledAndDescribedAsGiveTheSubjectsPartialQuotes() {
            Found found = analyze("Senator Elizabeth Warren called the merger “a disaster for consumers.” Governor Ron"
                    + " DeSantis described the bill as “the strongest protection in the nation.” Mayor Eric Adams branded"
                    + " the offer “an insult to every nurse.”");
            assertGolden(found, "partial-quotes-of-judgement.golden.txt");
            assertThat(found.speakerName(found.quoteContaining("a disaster for consumers"))).isEqualTo("Elizabeth Warren");
            assertThat(found.speakerName(found.quoteContaining("the strongest protection"))).isEqualTo("Ron DeSantis");
            assertThat(found.speakerName(found.quoteContaining("an insult to every nurse"))).isEqualTo("Eric Adams");
        }

        @Test
        void aJudgementWithoutQuotedWordsIsNoPartialQuote() {
            Found found = analyze("Critics slammed the decision on Tuesday.");
            assertThat(found.quotes()).noneMatch(quote -> found.cue(quote).equals("slammed")
                    && quote.kind() != org.parallax.model.QuoteKind.INDIRECT);
        }
    }

    /** "she said" after a man's quote is not the man's: a pronoun agrees with the first name or title of its person. */
    @Nested
    class PronounGender {

        @Test
        void sheAfterAMansQuoteIsTheWomanMentionedSince() {
            Found found = analyze("“We will not back down,” Donald Trump said at a rally in Ohio on Tuesday. In Philadelphia,"
                    + " Hillary Clinton met with union leaders and voters. “That is not who we are as a country,” she said.");
            assertThat(found.speakerName(found.quoteContaining("We will not back down"))).isEqualTo("Donald Trump");
            assertThat(found.speakerName(found.quoteContaining("That is not who we are"))).isEqualTo("Hillary Clinton");
        }

        @Test
        void heAfterAWomansQuoteIsTheManMentionedSince() {
            Found found = analyze("“The plan will cost jobs,” Sen. Elizabeth Warren said on Monday. Treasury Secretary Steven"
                    + " Mnuchin was in New York for talks with bankers. “The plan will create jobs,” he told reporters.");
            assertThat(found.speakerName(found.quoteContaining("will create jobs"))).isEqualTo("Steven Mnuchin");
        }

        @Test
        void aPersonOfUnknownGenderStillAgreesWithEitherPronoun() {
            Found found = analyze("“The numbers are clear,” Kellyanne Conway said on Sunday. “We are winning,” she added.");
            assertThat(found.speakerName(found.quoteContaining("We are winning"))).isEqualTo("Kellyanne Conway");
        }
    }

    /** The frame check keeps the rules' frames and the cue model's stances. */
    @Nested
    class FrameCheck {

        @Test
        void theRulesFramesAndTheModelsStancesStay() {
            Found found = analyze("Clinton wants to raise the minimum wage to $15 an hour. “We will not back down,” Trump"
                    + " told supporters in Ohio.");
            assertThat(found.speakerName(found.quoteContaining("raise the minimum wage"))).isEqualTo("Clinton");
            assertThat(found.speakerName(found.quoteContaining("We will not back down"))).isEqualTo("Trump");
        }
    }

    /** Attributions beyond speech verbs that PolNeAR annotates: stances, evaluations, plans, headline colons. */
    @Nested
    class TrainedCues {

        @Test
        void stancesAndEvaluationsBeyondSpeechVerbs() {
            Found found = analyze("Clinton wants to raise the minimum wage to $15 an hour. Republicans have criticized the"
                    + " plan as a job killer. Sanders endorsed the proposal on Monday.");
            assertGolden(found, "trained-cues.golden.txt");
            assertThat(found.speakerWords(found.quoteContaining("raise the minimum wage"))).isEqualTo("Clinton");
        }
    }

    private static void assertGolden(Found found, String name) {
        // an interrupted quotation: its quote line, then one line per piece
        String rendered = found.quotes().stream().map(quote -> quote.span() + " "
                + quote.kind() + " " + (quote.interrupted() ? quote.pieces().size() + " pieces"
                        : GoldenFile.quoted(quote.span().coveredText(found.text()))) + " cue="
                + GoldenFile.quoted(found.cue(quote)) + " speaker=" + GoldenFile.quoted(found.speakerWords(quote)) + " -> "
                + (found.speakerName(quote).isEmpty() ? "-" : found.speakerName(quote))
                + quote.speaker().map(speaker -> " (" + speaker.resolution().name().toLowerCase(java.util.Locale.ROOT) + ")").orElse("")
                + (quote.interrupted() ? quote.pieces().stream().map(piece -> "\n  " + piece + " PIECE "
                        + GoldenFile.quoted(piece.coveredText(found.text()))).collect(Collectors.joining()) : ""))
                .collect(Collectors.joining("\n", "", "\n"));
        GoldenFile.assertMatches(rendered, "quotes/" + name);
    }
}
