package org.parallax.language.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import static org.parallax.language.quotes.QuoteAnalysis.analyze;
import static org.parallax.language.quotes.QuoteAnalysis.seed;

import java.io.IOException;
import org.parallax.language.quotes.QuoteAnalysis.Found;
import org.parallax.model.Quote;
import org.parallax.model.QuoteKind;
import org.parallax.model.SpeakerResolution;
import org.junit.jupiter.api.Test;

/** Quotes and speakers in the seeds and in other real news sentences, through CoreNLP, entities and quotes. */
class QuoteStageTest {

    @Test
    void seed000YermakQuotesAndPronounsResolveToYermak() throws IOException {
        Found found = seed("000");
        Quote respect = found.quoteContaining("I have very big respect");
        assertThat(respect.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(found.speakerName(respect)).contains("Yermak");
        assertThat(found.addressee(respect)).isEqualTo("Israeli reporters");

        Quote personally = found.quoteContaining("I know many of them personally");
        assertThat(found.speakerWords(personally)).isEqualTo("he");
        assertThat(personally.speaker().orElseThrow().resolution()).isEqualTo(SpeakerResolution.PRONOUN);
        assertThat(found.speakerName(personally)).contains("Yermak");

        Quote best = found.quoteContaining("one of the best of the world");
        assertThat(best.kind()).isEqualTo(QuoteKind.MIXED);
        assertThat(found.cue(best)).isEqualTo("added");
        assertThat(found.speakerName(best)).contains("Yermak");
        assertThat(found.quotes()).noneMatch(quote -> quote.span().coveredText(found.text()).equals("one of the best of the world."));

        Quote kremlin = found.quoteContaining("offered to act as a mediator");
        assertThat(found.speakerWords(kremlin)).isEqualTo("a statement from the Kremlin");
        assertThat(found.speakerName(kremlin)).contains("Kremlin");

        Quote pressure = found.quoteContaining("There hasn’t been any pressure");
        assertThat(found.speakerName(pressure)).contains("Yermak");
    }

    @Test
    void seed000QuoteWithoutCueCarriesOnTheSpeakerBeforeIt() throws IOException {
        Found found = seed("000");
        Quote carried = found.quoteContaining("There is no need to tell us");
        assertThat(carried.kind()).isEqualTo(QuoteKind.DIRECT);
        // issue 9: the quotation no cue reports is a piece of the quote before it (same cue and speaker), which
        // keeps the speaker resolved at its cue
        assertThat(carried.interrupted()).isTrue();
        assertThat(carried.pieces()).anySatisfy(piece -> assertThat(piece.coveredText(found.text()))
                .startsWith("There is no need to tell us"));
        assertThat(carried.speaker().orElseThrow().resolution()).isNotEqualTo(SpeakerResolution.PREVIOUS_QUOTE);
        assertThat(found.speakerName(carried)).contains("Yermak");
    }

    @Test
    void seed000DismissedReportsThatIsReportedSpeech() throws IOException {
        Found found = seed("000");
        Quote dismissed = found.quoteContaining("Bennett had pressurized Zelensky");
        assertThat(dismissed.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(found.cue(dismissed)).isEqualTo("dismissed");
        assertThat(found.speakerName(dismissed)).contains("Yermak");
    }

    @Test
    void seed002KorenToldKanAndTheDescriptionResolvesToKoren() throws IOException {
        Found found = seed("002");
        Quote quietly = found.quoteContaining("these things are done quietly");
        assertThat(quietly.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(found.addressee(quietly)).isEqualTo("KAN");
        assertThat(found.speakerName(quietly)).contains("Koren");

        Quote touch = found.quoteContaining("We are in touch with all sides");
        assertThat(touch.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(touch.speaker().orElseThrow().resolution()).isEqualTo(SpeakerResolution.DESCRIPTION);
        assertThat(found.speakerWords(touch)).isEqualTo("The senior Foreign Ministry official");
        assertThat(found.speakerName(touch)).contains("Koren");
        assertThat(touch.span().coveredText(found.text())).contains("we will have talks on other channels");
    }

    @Test
    void seed002ParticipleAfterAnsweredKeepsKoren() throws IOException {
        Found found = seed("002");
        Quote exactly = found.quoteContaining("Exactly as you described it");
        assertThat(found.cue(exactly)).isEqualTo("saying");
        assertThat(found.speakerName(exactly)).contains("Koren");
    }

    @Test
    void seed002BrodskyKorniychukTheAmbassadorAndTheOutlet() throws IOException {
        Found found = seed("002");
        Quote mediate = found.quoteContaining("Israel will not be able to mediate");
        assertThat(mediate.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(found.speakerName(mediate)).contains("Brodsky");

        Quote intermediaries = found.quoteContaining("one of the most prominent possible intermediaries");
        assertThat(intermediaries.kind()).isEqualTo(QuoteKind.MIXED);
        assertThat(found.speakerName(intermediaries)).contains("Korniychuk");

        Quote embassy = found.quoteContaining("has staff at the border 24 hours a day");
        assertThat(found.speakerWords(embassy)).isEqualTo("the ambassador");
        assertThat(embassy.speaker().orElseThrow().resolution()).isEqualTo(SpeakerResolution.DESCRIPTION);
        assertThat(found.speakerName(embassy)).contains("Brodsky");

        Quote nazi = found.quoteContaining("Putin called Zelensky a Nazi");
        assertThat(found.cue(nazi)).isEqualTo("according to");
        assertThat(found.speakerWords(nazi)).isEqualTo("Yediot Aharonot");
    }

    @Test
    void seed001ZelenskySaidThenAddingAndMedvedevWarned() throws IOException {
        Found found = seed("001");
        Quote begun = found.quoteContaining("Intelligence services between the two sides have begun cooperation");
        assertThat(found.speakerName(begun)).contains("Zelensky");

        Quote progress = found.quoteContaining("he expects to see");
        assertThat(progress.kind()).isEqualTo(QuoteKind.MIXED);
        assertThat(found.cue(progress)).isEqualTo("adding");
        assertThat(found.speakerName(progress)).contains("Zelensky");

        Quote reckless = found.quoteContaining("reckless move");
        assertThat(reckless.kind()).isEqualTo(QuoteKind.MIXED);
        assertThat(found.speakerName(reckless)).contains("Medvedev");

        Quote training = found.quoteContaining("have been training Ukrainian volunteers");
        assertThat(found.cue(training)).isEqualTo("reported");
        assertThat(found.speakerWords(training)).contains("Yedioth Ahronoth");
    }

    @Test
    void quoteRunningOnAcrossParagraphsIsOneQuote() {
        Found found = analyze("""
                “We will not stop until every hostage is home,” the minister said. “This is our duty.

                “Nobody in this government will rest while families wait for news.”

                Talks resumed on Monday.""");
        Quote duty = found.quoteContaining("This is our duty.");
        assertThat(duty.span().coveredText(found.text())).contains("Nobody in this government will rest");
        assertThat(duty.kind()).isEqualTo(QuoteKind.DIRECT);
    }

    @Test
    void invertedSaidNamesTheSpeakerAfterTheCue() {
        Found found = analyze("“The ceasefire is holding in most areas,” said Antony Blinken, the U.S. secretary of state.");
        Quote holding = found.quoteContaining("The ceasefire is holding");
        assertThat(found.cue(holding)).isEqualTo("said");
        assertThat(found.speakerName(holding)).contains("Blinken");
    }

    @Test
    void reportedClauseBeforeTheCueIsIndirectSpeech() {
        Found found = analyze("The talks will resume next week in Geneva, a senior State Department official told reporters.");
        Quote talks = found.quoteContaining("The talks will resume next week in Geneva");
        assertThat(talks.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(found.speakerWords(talks)).isEqualTo("a senior State Department official");
        assertThat(found.addressee(talks)).isEqualTo("reporters");
    }

    @Test
    void accordingToAnOutletAtTheStartOfASentence() {
        Found found = analyze("According to The Washington Post, the company laid off 200 employees in March.");
        Quote layoffs = found.quoteContaining("the company laid off 200 employees");
        assertThat(found.cue(layoffs)).isEqualTo("According to");
        assertThat(found.speakerWords(layoffs)).isEqualTo("The Washington Post");
    }

    @Test
    void saidOnADayThatStartsTheContentAfterThat() {
        Found found = analyze("Senator Elizabeth Warren said on Tuesday that the bill would protect consumers from hidden fees.");
        Quote bill = found.quoteContaining("the bill would protect consumers");
        assertThat(bill.span().coveredText(found.text())).startsWith("the bill");
        assertThat(found.speakerName(bill)).contains("Warren");
    }

    @Test
    void shortQuotationWithoutCueIsAScareQuoteNotAQuote() {
        Found found = analyze("The company’s “strategic realignment” cost 200 jobs in March.");
        assertThat(found.maybeQuoteContaining("strategic realignment")).isEmpty();
    }

    @Test
    void beliefWithThatClauseIsReported() {
        Found found = analyze("Most economists believe that the central bank will raise rates again in June.");
        Quote rates = found.quoteContaining("the central bank will raise rates");
        assertThat(found.cue(rates)).isEqualTo("believe");
        assertThat(found.speakerWords(rates)).isEqualTo("Most economists");
    }

    @Test
    void infinitivePurposeIsNoCue() {
        Found found = analyze("The agency cut rates in order to maintain the option of further easing later this year.");
        assertThat(found.quotes()).isEmpty();
    }

    @Test
    void speakerNamedBeforeAnAppositiveIsTheSpeaker() {
        Found found = analyze("“We are ready to talk,” Dmytro Kuleba, Ukraine’s foreign minister, told CNN on Sunday.");
        Quote ready = found.quoteContaining("We are ready to talk");
        assertThat(found.speakerName(ready)).contains("Kuleba");
        assertThat(found.addressee(ready)).isEqualTo("CNN");
    }

    @Test
    void aPhraseBeforeTheSubjectIsNotWhatWasSaid() {
        Found found = analyze("On 20 October, outgoing Israeli Prime Minister Yair Lapid held a phone conversation with "
                + "Ukrainian Foreign Minister Dmytro Kuleba to discuss air defense assistance.\n\n"
                + "Despite repeated warnings from Moscow, including threats of “retaliatory measures”, Israel has "
                + "continued to involve itself in the conflict.");
        assertThat(found.maybeQuoteContaining("On 20 October")).isEmpty();
        assertThat(found.maybeQuoteContaining("Despite repeated warnings")).isEmpty();
    }

    @Test
    void aClauseBeforeTheCueIsStillWhatWasSaid() {
        Found found = analyze("The war has been going on for too long, the minister said on Monday.");
        assertThat(found.quoteContaining("The war has been going on for too long").kind()).isEqualTo(QuoteKind.INDIRECT);
    }
}
