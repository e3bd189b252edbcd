package org.parallax.language.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.language.quotes.QuoteAnalysis.analyze;

import org.junit.jupiter.api.Test;
import org.parallax.language.quotes.QuoteAnalysis.Found;
import org.parallax.model.Quote;

/**
 * Issue 9, "Who said what": the trained source picker ({@link SourceModel}) on sentences of news articles (PolNeAR
 * train, The New York Times, HuffPost), where the rules alone gave another speaker or none.
 */
class Issue9SourcePickerTest {

    @Test
    void theRelativePronounAfterTheSubjectHoldsTheBeliefWithWhatItStandsFor() {
        Found found = analyze("A big chunk of voters who identify as independents do so not because they cherish a moderate"
                + " middle ground between two parties, but because they see their own party as insufficiently committed to"
                + " its ideological principles.");
        Quote identify = found.quoteContaining("as independents");
        assertThat(found.cue(identify)).isEqualTo("identify");
        assertThat(found.speakerWords(identify)).isEqualTo("A big chunk of voters who");
    }

    @Test
    void anAsideAfterTheNameKeepsTheNamedSpeaker() {
        Found found = analyze("In October, Mr. Paulson, who made billions of dollars on a bet against subprime mortgages, told"
                + " investors that concerns about specialty pharmaceuticals like Valeant were ''overblown,'' adding that"
                + " Valeant had ''significant upside.''");
        Quote upside = found.quoteContaining("significant upside");
        assertThat(found.cue(upside)).isEqualTo("adding");
        assertThat(found.speakerWords(upside)).startsWith("Mr. Paulson");
        assertThat(found.speakerName(upside)).isEqualTo("Paulson");
    }

    @Test
    void theNameAfterADescriptionBetweenCommasIsTheSpeaker() {
        Found found = analyze("One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist Church in Marion, said he had"
                + " made more than 150 phone calls to other pastors. He has made announcements about the caucuses during"
                + " Sunday services since last month, he said.");
        Quote calls = found.quotes().stream().filter(quote -> found.cue(quote).equals("said")).findFirst().orElseThrow();
        assertThat(calls.span().coveredText(found.text())).isEqualTo("he had made more than 150 phone calls to other pastors");
        assertThat(found.speakerWords(calls)).isEqualTo("Darran Whiting");
        assertThat(found.speakerName(found.quoteContaining("He has made announcements"))).isEqualTo("Darran Whiting");
    }

    @Test
    void theSubjectBeforeAnAsideDownplaysAndSays() {
        Found found = analyze("Sen. Chuck Grassley (R-Iowa) on Wednesday downplayed Donald Trump‘s attack on a federal"
                + " judge’s Mexican heritage — something that’s thrown the GOP into chaos all week — and said it’s basically"
                + " the same thing as Supreme Court Justice Sonia Sotomayor referring to herself as “a wise Latina.”");
        Quote attack = found.quoteContaining("Donald Trump‘s attack on a federal judge’s Mexican heritage");
        assertThat(found.speakerWords(attack)).isEqualTo("Sen. Chuck Grassley (R-Iowa)");
        assertThat(found.speakerName(attack)).isEqualTo("Chuck Grassley");
    }

    @Test
    void ownersWhoForeseeAnUpsideAreTheSourceOfTheirForecast() {
        Found found = analyze("Like other golf club owners who foresee an upside in expanding their offerings, Mr. Schmidt"
                + " said he was building a new clubhouse and fitness center, as well as a new swimming pool.");
        Quote upside = found.quotes().stream().filter(quote -> found.cue(quote).equals("foresee")).findFirst().orElseThrow();
        assertThat(upside.span().coveredText(found.text())).isEqualTo("an upside in expanding their offerings");
        assertThat(found.speakerWords(upside)).isEqualTo("other golf club owners who");
    }
}
