package org.parallax.crossarticle.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.model.EntityType.LOCATION;
import static org.parallax.model.EntityType.NUMBER;
import static org.parallax.model.EntityType.ORDINAL;
import static org.parallax.model.EntityType.ORGANIZATION;
import static org.parallax.model.EntityType.PERSON;
import static org.parallax.model.QuoteKind.DIRECT;
import static org.parallax.model.QuoteKind.INDIRECT;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parallax.crossarticle.events.AnnotatedArticleBuilder;
import org.parallax.crossarticle.stories.OnnxTextEmbedder;
import org.parallax.model.Claim;
import org.parallax.model.Coverage;

/**
 * Issue 8: claims join only when they say the same thing about the same subjects. The real
 * sentences of PolNeAR articles that the layer had made one claim, with the mentions, dates and
 * quotes the language layer finds in them.
 */
class Issue8ClaimAlignmentTest {

    private static final OnnxTextEmbedder EMBEDDER = new OnnxTextEmbedder();

    private static List<Claim> align(List<AnnotatedArticleBuilder> builders) {
        return AlignedClaims.align(new StatementClaimAligner(ClaimMatching.standard(), EMBEDDER), builders);
    }

    private static Claim carrying(List<Claim> claims, List<AnnotatedArticleBuilder> builders, String words) {
        return AlignedClaims.carrying(claims, builders, words);
    }

    @Test
    void oneSharedWordMakesNoClaim() {
        String breitbart = "Morris says the campaign will be pursuing federal matching funds and will “compete vigorously for the"
                + " nomination.” O’Malley’s move was first reported by MSNBC.";
        String usaToday = "\"Cruz and Rubio are moving up,\" former presidential candidate Herman Cain said. \"Carson is losing a"
                + " little support.\"";
        String nyt = "It was all a headache for Republicans trying to rally support for Mr. Trump. ''Some staffer screwed up."
                + " Let's move on,'' said Curt Smith, a Christian conservative leader in Indiana.";
        List<AnnotatedArticleBuilder> builders = List.of(
                new AnnotatedArticleBuilder("breitbart", "Breitbart", LocalDate.of(2015, 11, 16), breitbart)
                        .entity("morris", PERSON, "Morris").entity("omalley", PERSON, "O’Malley").entity("msnbc", ORGANIZATION, "MSNBC")
                        .mention("O’Malley’s move", "first", ORDINAL)
                        .quote(DIRECT, "“compete vigorously", "compete vigorously for the nomination.", "says", "Morris", "morris"),
                new AnnotatedArticleBuilder("usatoday", "USA Today", LocalDate.of(2015, 11, 25), usaToday)
                        .entity("cruz", PERSON, "Cruz").entity("rubio", PERSON, "Rubio").entity("cain", PERSON, "Herman Cain")
                        .entity("carson", PERSON, "Carson")
                        .quote(DIRECT, "\"Cruz and Rubio", "Cruz and Rubio are moving up,", "said", "Herman Cain", "cain"),
                new AnnotatedArticleBuilder("nyt", "The New York Times", LocalDate.of(2016, 7, 21), nyt)
                        .entity("trump", PERSON, "Trump").entity("smith", PERSON, "Curt Smith").entity("indiana", LOCATION, "Indiana")
                        .quote(DIRECT, "''Some staffer", "Some staffer screwed up. Let's move on,", "said", "Curt Smith", "smith"));

        List<Claim> claims = align(builders);

        Claim move = carrying(claims, builders, "O’Malley’s move was first reported by MSNBC");
        assertThat(move.reports()).hasSize(1);
        assertThat(carrying(claims, builders, "Cruz and Rubio are moving up")).isNotSameAs(move);
        assertThat(carrying(claims, builders, "Let's move on")).isNotSameAs(move)
                .isNotSameAs(carrying(claims, builders, "Cruz and Rubio are moving up"));
    }

    @Test
    void shortRolesInCommonMakeNoClaim() {
        String breitbart = "HEMPSTEAD, N.Y., Sept. 26 (UPI) — Green Party presidential candidate Jill Stein was escorted off the"
                + " premises of Hofstra University on Monday afternoon, hours before the start of the first debate between"
                + " Donald Trump and Hillary Clinton.";
        String westernJournalism = "A new poll shows that Republican presidential candidate Donald Trump remains in a tight race"
                + " with Democrat Hillary Clinton after the first presidential debate.";
        List<AnnotatedArticleBuilder> builders = List.of(
                new AnnotatedArticleBuilder("breitbart", "Breitbart", LocalDate.of(2016, 9, 26), breitbart)
                        .entity("hempstead", LOCATION, "HEMPSTEAD").entity("ny", LOCATION, "N.Y.").entity("upi", ORGANIZATION, "UPI")
                        .entity("green", ORGANIZATION, "Green Party").entity("stein", PERSON, "Jill Stein")
                        .entity("hofstra", ORGANIZATION, "Hofstra University").entity("trump", PERSON, "Donald Trump")
                        .entity("clinton", PERSON, "Hillary Clinton").mention("hours before", "first", ORDINAL)
                        .timex("N.Y., Sept. 26", "Sept. 26", org.parallax.model.TimexType.DATE, "2016-09-26")
                        .timex("on Monday afternoon", "Monday afternoon", org.parallax.model.TimexType.DATE, "2016-09-26"),
                new AnnotatedArticleBuilder("westjournal", "Western Journalism", LocalDate.of(2016, 9, 30), westernJournalism)
                        .entity("trump", PERSON, "Donald Trump").entity("clinton", PERSON, "Hillary Clinton")
                        .mention("after the first", "first", ORDINAL)
                        .quote(INDIRECT, "A new poll", "Republican presidential candidate Donald Trump remains in a tight race with"
                                + " Democrat Hillary Clinton after the first presidential debate", "shows", "A new poll", Optional.empty()));

        List<Claim> claims = align(builders);

        assertThat(carrying(claims, builders, "Jill Stein was escorted off the premises"))
                .isNotSameAs(carrying(claims, builders, "Donald Trump remains in a tight race"));
    }

    @Test
    void anotherPollsFiguresAreNoAgreement() {
        String politico = "Among likely voters in a four-way race, 46 percent would choose Clinton and 44 percent would back Trump,"
                + " while 5 percent prefer Libertarian nominee Gary Johnson and 1 percent support the Green Party’s Jill Stein.";
        String westernJournalism = "When the poll asked about all four candidates seeking the White House, Clinton was supported by"
                + " 42 percent of those responding, while Trump received 38 percent support, Libertarian Gary Johnson 3 percent and"
                + " Green Party candidate Jill Stein 3 percent.";
        List<AnnotatedArticleBuilder> builders = List.of(
                new AnnotatedArticleBuilder("politico", "Politico", LocalDate.of(2016, 9, 25), politico)
                        .entity("clinton", PERSON, "Clinton").entity("trump", PERSON, "Trump")
                        .entity("libertarian", ORGANIZATION, "Libertarian").entity("johnson", PERSON, "Gary Johnson")
                        .entity("green", ORGANIZATION, "Green Party").entity("stein", PERSON, "Jill Stein")
                        .mention("Among likely", "four-way", NUMBER).mention("46 percent", "46", NUMBER)
                        .mention("44 percent", "44", NUMBER).mention("5 percent", "5", NUMBER).mention("1 percent", "1", NUMBER),
                new AnnotatedArticleBuilder("westjournal", "Western Journalism", LocalDate.of(2016, 9, 30), westernJournalism)
                        .entity("whitehouse", LOCATION, "White House").entity("clinton", PERSON, "Clinton")
                        .entity("trump", PERSON, "Trump").entity("johnson", PERSON, "Gary Johnson")
                        .entity("green", ORGANIZATION, "Green Party").entity("stein", PERSON, "Jill Stein")
                        .mention("all four", "four", NUMBER).mention("42 percent", "42", NUMBER).mention("38 percent", "38", NUMBER)
                        .mention("Johnson 3 percent", "3", NUMBER).mention("Stein 3 percent", "3", NUMBER)
                        .quote(INDIRECT, "When the poll", "about all four candidates seeking the White House, Clinton was supported by"
                                + " 42 percent of those responding, while Trump received 38 percent support, Libertarian Gary Johnson 3"
                                + " percent and Green Party candidate Jill Stein 3 percent", "asked", "the poll", Optional.empty()));

        List<Claim> claims = align(builders);

        Claim politicoPoll = carrying(claims, builders, "46 percent would choose Clinton");
        Claim otherPoll = carrying(claims, builders, "Clinton was supported by 42 percent");
        // Another poll is no dispute of this one: only the same poll (source or date) with other figures would be.
        assertThat(politicoPoll).isNotSameAs(otherPoll);
        assertThat(List.of(politicoPoll, otherPoll)).extracting(Claim::coverage).doesNotContain(Coverage.SHARED, Coverage.DISPUTED);
    }
}
