package org.parallax.language.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.language.quotes.QuoteAnalysis.analyze;

import org.junit.jupiter.api.Test;
import org.parallax.language.quotes.QuoteAnalysis.Found;
import org.parallax.model.Quote;
import org.parallax.model.QuoteKind;

/**
 * Issue 9, "Who said what": the speaker before a long aside (a relative clause, commas of its own, a parenthesis)
 * or before a relative clause without commas, adverbials before the speaker that are not what was said, datelines,
 * and quotations in two apostrophes. Sentences of PolNeAR train articles (news of 2015-2016: Politico, The
 * Washington Post, The New York Times, The Huffington Post), where these were the largest class of attributions of
 * ours on no gold content: the person with the aside was taken for what was said and the phrase after the verb for
 * the speaker.
 */
class Issue9LongSentenceAttributionTest {

    /** The speaker's words of the quote holding {@code words} in {@code text}; {@code absent} is in no quote. */
    private static String speaker(String text, String words, String absent) {
        Found found = analyze(text);
        assertThat(found.quotes()).noneMatch(quote -> quote.span().coveredText(text).contains(absent));
        return found.speakerWords(found.quoteContaining(words));
    }

    @Test
    void speakerBeforeARelativeClauseBetweenCommas() {
        assertThat(speaker("State Senate President Steve Sweeney, who also serves as a top official in the state iron workers "
                + "union, said contractors eventually built a Trump cushion into their bids.",
                "contractors eventually built a Trump cushion", "iron workers union")).isEqualTo("State Senate President Steve Sweeney");
    }

    @Test
    void speakerBeforeADescriptionHoldingARelativeClause() {
        assertThat(speaker("Geoff Garin, a Democratic pollster who advises the pro-Clinton super PAC Priorities USA Action, "
                + "said the numbers were encouraging for her campaign.", "the numbers were encouraging", "pollster"))
                .isEqualTo("Geoff Garin");
    }

    @Test
    void speakerBeforeAnAsideWithCommasOfItsOwn() {
        Found found = analyze("Jimmy Ghazal, 39, a Lebanese man visiting Nice with his family, told reporters that he "
                + "saw the truck drive into the crowd.");
        Quote truck = found.quoteContaining("he saw the truck");
        assertThat(found.speakerWords(truck)).isEqualTo("Jimmy Ghazal");
        assertThat(found.addressee(truck)).isEqualTo("reporters");
    }

    @Test
    void speakerBeforeAParenthesisAndAComma() {
        assertThat(speaker("Sen. Jack Reed (D-R.I.), said that he hadn't gotten a chance to read the president's plan.",
                "he hadn't gotten a chance", "Reed")).startsWith("Sen. Jack Reed");
    }

    @Test
    void officialsWhoSpokeWithANewspaperSpeakNotTheNewspaper() {
        assertThat(speaker("Current and former officials who spoke with The Huffington Post said the organization has "
                + "become a shell of itself.", "the organization has become a shell", "Current and former"))
                .endsWith("officials").doesNotContain("Huffington");
    }

    @Test
    void votersWhoTheCandidateSaidWereLeavingAreNoSpeaker() {
        Found found = analyze("The voters who Trump said were leaving the party stayed home in November.");
        assertThat(found.quotes()).allMatch(quote -> !found.speakerWords(quote).contains("voters"));
    }

    @Test
    void aClauseBeforeTheCommaStillIsWhatWasSaid() {
        assertThat(speaker("The economy is growing faster than expected, the report, published on Monday, said.",
                "The economy is growing", "published on Monday")).isEqualTo("the report");
    }

    @Test
    void quotationsInTwoApostrophesAreDirectQuotesOfTheSpeaker() {
        Found found = analyze("''It does give an advantage to serious candidates,'' Mr. Gingrich said. ''Because this is "
                + "an opportunity for them to emphasize their experience.''");
        Quote advantage = found.quoteContaining("It does give an advantage");
        assertThat(advantage.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(found.speakerWords(advantage)).isEqualTo("Mr. Gingrich");
        Quote opportunity = found.quoteContaining("Because this is an opportunity");
        assertThat(opportunity.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(found.speakerName(opportunity)).isEqualTo(found.speakerName(advantage));
        assertThat(found.quotes()).noneMatch(quote -> found.speakerWords(quote).equals("them"));
    }

    @Test
    void adverbialsBeforeTheSpeakerAreTheOccasionNotWhatWasSaid() {
        assertThat(speaker("When he took the stage after Mr. Vander Plaats's introduction, at a theater in Winterset, he "
                + "said the key to Republicans' taking the White House was simple.",
                "the key to Republicans' taking the White House was simple", "Winterset")).isEqualTo("he");
    }

    @Test
    void aClauseOfTimeBeforeTheSpeakerLeavesTheQuotationAfterTheCue() {
        Found found = analyze("In February, as a protester was being removed from an event in Las Vegas, Mr. Trump said, "
                + "''I'd like to punch him in the face.''");
        Quote punch = found.quoteContaining("I'd like to punch him in the face.");
        assertThat(punch.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(found.speakerWords(punch)).isEqualTo("Mr. Trump");
        assertThat(found.quotes()).noneMatch(quote -> quote.span().coveredText(found.text()).contains("Las Vegas"));
    }

    @Test
    void aConditionFollowedByAMainClauseIsStillWhatWasSaid() {
        Found found = analyze("If we lose this fight, we lose the country, the senator said.");
        Quote fight = found.quoteContaining("we lose the country");
        assertThat(found.speakerWords(fight)).isEqualTo("the senator");
        assertThat(fight.span().coveredText(found.text())).startsWith("If we lose this fight");
    }

    @Test
    void aDatelineIsNoSubjectOfAnOpeningParticiple() {
        assertThat(speaker("WASHINGTON \u2015 After bragging for a year about how cheaply he was running his campaign, Donald "
                + "Trump is spending more freely now that other people are contributing.",
                "how cheaply he was running his campaign", "WASHINGTON")).isEqualTo("Donald Trump");
    }
}
