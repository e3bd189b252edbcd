package org.parallax.language.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.language.quotes.QuoteAnalysis.analyze;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.language.quotes.QuoteAnalysis.Found;
import org.parallax.model.Quote;
import org.parallax.model.QuoteKind;

/**
 * Issue 9, "Who said what": quotations whose speaker the stage lost, the largest class of found gold attributions
 * without a speaker on the held-out PolNeAR train articles. Sentences of PolNeAR train articles (USA Today, The
 * Western Journal, Politico, The Washington Post, 2015-2016).
 *
 * <ul>
 *   <li>A quotation ending in a question or exclamation mark ends its sentence for the sentence splitter, so "“…?”
 *       Lichtman said about …" left the speaker in a sentence of its own: the words after the verb were taken for
 *       what he said and the quotation was left without a speaker.</li>
 *   <li>Sites that mix the styles of quotation marks ("“It's unusual,“ said Larry Noble", "“At this point, … bad
 *       publicity," said …") gave one quotation running over the speaker into the next one.</li>
 *   <li>A quotation opening the sentence after a mixed report of the same paragraph ("Obama “felt a moral obligation
 *       …” climate change, Axelrod said. “This is not just a cosmetic item …”") was left without a speaker: only a
 *       direct quote was carried on.</li>
 * </ul>
 */
class Issue9QuotationBeforeSpeakerTest {

    @Test
    void issue9QuestionBeforeTheSpeakerIsHisThoughTheSentenceEndsAtTheQuestionMark() {
        String text = "\"Why in the world would you try to cozy up to George W. Bush?\" Lichtman said about McCain's effort"
                + " to downplay his connections with Bush. He added, though, that in the end \"McCain couldn't escape (Bush's"
                + " record) and for all his attempts to distance himself, it didn't work.\"";
        Found found = analyze(text);
        Quote question = found.quoteContaining("Why in the world would you try to cozy up to George W. Bush?");
        assertThat(question.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(found.speakerWords(question)).isEqualTo("Lichtman");
        assertThat(found.quotes()).noneMatch(quote -> quote.piecesText(text).startsWith("about McCain's effort"));
    }

    @Test
    void issue9QuestionBeforeAnInvertedOrAddressedSpeaker() {
        assertThat(speakerOf("Not long after Trump tweeted the famed fascist’s quote, NBC’s Chuck Todd asked the GOP frontrunner"
                + " about the Twitter kerfuffle. “Did you know it was Mussolini?” Todd asked the real estate mogul.",
                "Did you know it was Mussolini?").get(0)).isEqualTo("Todd");
    }

    /** The speaker's words and entity name of the quote holding {@code words}, and that quote's words. */
    private static List<String> speakerOf(String text, String words) {
        Found found = analyze(text);
        Quote quote = found.quoteContaining(words);
        return List.of(found.speakerWords(quote), found.speakerName(quote), quote.piecesText(text));
    }

    @Test
    void issue9QuestionBeforeTheSpeakerWithAClauseOfTimeAfterTheCue() {
        assertThat(speakerOf("“It looks like we’re not going to have a very good relationship, who knows?” Trump told Britain’s"
                + " ITV television station in an interview aired on Monday when asked how ties would fare if he won the U.S."
                + " presidential election on Nov. 8.", "who knows?").get(0)).isEqualTo("Trump");
    }

    @Test
    void issue9QuestionClosedWithAnOpeningMarkBeforeThePronoun() {
        assertThat(speakerOf("Chuck Todd was shocked. “Do you want to be associated with a fascist?“ he asked.",
                "Do you want to be associated with a fascist?")).startsWith("he", "Chuck Todd");
    }

    @Test
    void issue9AQuotationOpeningTheNextSentenceCarriesOnAMixedReport() {
        List<String> report = speakerOf("Obama \"felt a moral obligation to do something about\" climate change, Axelrod said."
                + " \"This is not just a cosmetic item on his list. This is core stuff for him.\"", "This is core stuff for him.");
        assertThat(report.get(0)).isEqualTo("Axelrod");
        assertThat(report.get(2)).contains("felt a moral obligation");
    }

    @Test
    void issue9AStatementAfterTheQuestionKeepsItsOwnContent() {
        String text = "“Who is the real con man here?” he asked. Murphy said the Republican Congress had played politics"
                + " with women’s health.";
        assertThat(speakerOf(text, "the Republican Congress had played politics").get(0)).isEqualTo("Murphy");
        assertThat(speakerOf(text, "Who is the real con man here?").get(2)).doesNotContain("Republican");
    }

    @Test
    void issue9AnOpeningMarkTypedForTheClosingOneClosesTheQuotation() {
        String text = "“It's unusual,“ said Larry Noble, an attorney with the Campaign Legal Center. “It's a hard thing to do and"
                + " pull off without stepping over one line or another.”";
        List<Quotation> quotations = QuotationScanner.scan(text);
        assertThat(quotations).extracting(quotation -> quotation.inner().coveredText(text)).containsExactly("It's unusual,",
                "It's a hard thing to do and pull off without stepping over one line or another.");
        Found found = analyze(text);
        assertThat(found.speakerWords(found.quoteContaining("It's unusual"))).isEqualTo("Larry Noble");
    }

    @Test
    void issue9StraightAndCurlyMarksMixedInOneQuotation() {
        String text = "“At this point, I don’t think there is bad publicity,\" said Atlantic City Mayor Don Guardian in a telephone"
                + " interview. \"We’ve made bad mistakes and have been making them for 50 years. We need to diversify our economy,"
                + " and we were a bit foolish, being single-minded.”";
        assertThat(QuotationScanner.scan(text)).extracting(quotation -> quotation.inner().coveredText(text)).containsExactly(
                "At this point, I don’t think there is bad publicity,", "We’ve made bad mistakes and have been making them for 50"
                        + " years. We need to diversify our economy, and we were a bit foolish, being single-minded.");
        Found found = analyze(text);
        Quote quote = found.quoteContaining("bad publicity");
        assertThat(found.speakerName(quote)).isEqualTo("Don Guardian");
        assertThat(quote.piecesText(text)).doesNotContain("telephone interview");
    }

    @Test
    void issue9NestedQuotesOfTheOtherStyleStillStayInside() {
        String text = "“He told me \"no\" twice, and then he left,” she said. \"I read “Do you think so?” on the sign,\" he said.";
        assertThat(QuotationScanner.scan(text)).extracting(quotation -> quotation.inner().coveredText(text)).containsExactly(
                "He told me \"no\" twice, and then he left,", "I read “Do you think so?” on the sign,");
    }
}
