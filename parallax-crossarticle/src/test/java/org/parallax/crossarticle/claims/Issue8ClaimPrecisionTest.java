package org.parallax.crossarticle.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.model.EntityType.NUMBER;
import static org.parallax.model.EntityType.ORGANIZATION;
import static org.parallax.model.EntityType.PERSON;
import static org.parallax.model.QuoteKind.DIRECT;
import static org.parallax.model.QuoteKind.INDIRECT;
import static org.parallax.model.QuoteKind.MIXED;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parallax.crossarticle.events.AnnotatedArticleBuilder;
import org.parallax.crossarticle.stance.StanceJudge;
import org.parallax.crossarticle.stance.StanceModel;
import org.parallax.crossarticle.stories.OnnxTextEmbedder;
import org.parallax.model.Claim;
import org.parallax.model.ClaimReport;
import org.parallax.model.Coverage;
import org.parallax.model.Stance;

/**
 * Issue 8: a claim is disputed only when two voices say different things about the same subjects. The real sentences
 * of PolNeAR train articles (outlets and dates from its metadata) that the layer had marked contradicted or joined,
 * found in the labelled sample of {@code docs/quality-crossarticle.md} ("Claim precision on PolNeAR"), with the
 * mentions and quotes the language layer finds in them. The aligner runs as the pipeline runs it: embeddings and the
 * stance judge.
 */
class Issue8ClaimPrecisionTest {

    private static final OnnxTextEmbedder EMBEDDER = new OnnxTextEmbedder();
    private static final StatementClaimAligner ALIGNER = new StatementClaimAligner(ClaimMatching.standard(), EMBEDDER,
            new StanceJudge(EMBEDDER, StanceModel.standard()));

    private static List<Claim> align(List<AnnotatedArticleBuilder> builders) {
        return AlignedClaims.align(ALIGNER, builders);
    }

    private static Claim carrying(List<Claim> claims, List<AnnotatedArticleBuilder> builders, String words) {
        return AlignedClaims.carrying(claims, builders, words);
    }

    @Test
    void twoWordingsOfOneQuoteAreNoDispute() {
        String first = "“Well, to be perfectly candid with you, I’m just not ready to do that at this point,” Ryan told CNN's"
                + " Jake Tapper about extending his support to Trump.";
        String second = "\"I'm just not ready to do that at this point. I'm not there right now,\" Ryan said last week on CNN,"
                + " though he said, \"I hope to.\"";
        List<AnnotatedArticleBuilder> builders = List.of(
                new AnnotatedArticleBuilder("politico-0505", "politico", LocalDate.of(2016, 5, 5), first)
                        .entity("ryan", PERSON, "Ryan").entity("cnn", ORGANIZATION, "CNN").entity("tapper", PERSON, "Jake Tapper")
                        .entity("trump", PERSON, "Trump")
                        .quote(DIRECT, "“Well, to be", "Well, to be perfectly candid with you, I’m just not ready to do that at this point,",
                                "told", "Ryan", "ryan"),
                new AnnotatedArticleBuilder("politico-0509", "politico", LocalDate.of(2016, 5, 9), second)
                        .entity("ryan", PERSON, "Ryan").entity("cnn", ORGANIZATION, "CNN")
                        .quote(DIRECT, "\"I'm just not", "I'm just not ready to do that at this point. I'm not there right now,",
                                "said", "Ryan", "ryan"));

        List<Claim> claims = align(builders);

        Claim answer = carrying(claims, builders, "perfectly candid");
        assertThat(answer.coverage()).isNotEqualTo(Coverage.DISPUTED);
        assertThat(answer.reports()).extracting(ClaimReport::stance).containsOnly(Stance.REPORTED);
    }

    /** The New York Times, 18 November 2015: a partial quote is read again inside the whole quote it belongs to. */
    @Test
    void aQuoteAndItsPartAreOneStatement() {
        String nyt = "''We don't believe U.S. troops are the answer to the problem,'' Benjamin J. Rhodes, Mr. Obama's deputy"
                + " national security adviser, said Sunday. ''The further introduction of U.S. troops to fully re-engage in ground"
                + " combat in the Middle East is not the way to deal with this challenge.''";
        List<AnnotatedArticleBuilder> builders = List.of(
                new AnnotatedArticleBuilder("nyt", "nyt", LocalDate.of(2015, 11, 18), nyt)
                        .entity("rhodes", PERSON, "Benjamin J. Rhodes").entity("obama", PERSON, "Mr. Obama")
                        .entity("us", ORGANIZATION, "U.S.")
                        .quote(INDIRECT, "''We don't", "U.S. troops are the answer to the problem,'' Benjamin J. Rhodes, Mr. Obama's"
                                + " deputy national security adviser, said Sunday", "believe", "We", Optional.empty())
                        .quote(INDIRECT, "''We don't", "''We don't believe U.S. troops are the answer to the problem,''", "said",
                                "Benjamin J. Rhodes", "rhodes"));

        List<Claim> claims = align(builders);

        assertThat(claims).noneMatch(claim -> claim.coverage() == Coverage.DISPUTED);
        assertThat(claims).flatExtracting(Claim::reports).extracting(ClaimReport::stance).containsOnly(Stance.REPORTED);
    }

    /** Breitbart, 11 May 2016: the interviewer's question, which the language layer credits to Blumenthal, and his answer. */
    @Test
    void aQuestionDisputesNothing() {
        String text = "Former Clinton Senior Adviser Sidney Blumenthal said that he has “no idea” if he would have told Hillary"
                + " Clinton not to use a personal server if he knew she had one at the time on Wednesday’s broadcast of CNN’s “New"
                + " Day.”\n\nBlumenthal was asked, “If you had known she had a personal server, would you have told her it’s not a"
                + " good idea?” He answered, “I have no idea.”";
        List<AnnotatedArticleBuilder> builders = List.of(
                new AnnotatedArticleBuilder("breitbart", "breitbart", LocalDate.of(2016, 5, 11), text)
                        .entity("blumenthal", PERSON, "Sidney Blumenthal", "Blumenthal")
                        .entity("clinton", PERSON, "Hillary Clinton", "Clinton").entity("cnn", ORGANIZATION, "CNN")
                        .quote(MIXED, "Former Clinton", "he has “no idea” if he would have told Hillary Clinton not to use a personal"
                                + " server if he knew she had one at the time on Wednesday’s broadcast of CNN’s “New Day.”", "said",
                                "Former Clinton Senior Adviser Sidney Blumenthal", "blumenthal")
                        .quote(DIRECT, "Blumenthal was asked", "If you had known she had a personal server, would you have told her"
                                + " it’s not a good idea?", "asked", "Blumenthal", "blumenthal"));

        List<Claim> claims = align(builders);

        Claim question = carrying(claims, builders, "would you have told her");
        assertThat(question).isNotSameAs(carrying(claims, builders, "he has “no idea”"));
        assertThat(claims).noneMatch(claim -> claim.coverage() == Coverage.DISPUTED);
    }

    /** Breitbart's live report of 20 February 2016: the delegate count as it went up is no dispute of itself. */
    @Test
    void oneOutletsRunningCountIsNoDispute() {
        String text = "Trump leads the overall race for delegates with 61. Ted Cruz has 11 delegates and Rubio has 10.\n\n"
                + "Trump leads the overall race for delegates with 55. Ted Cruz has 11 delegates, Marco Rubio has 10, John Kasich"
                + " has five, Jeb Bush has 4 and Ben Carson has three.";
        List<AnnotatedArticleBuilder> builders = List.of(
                new AnnotatedArticleBuilder("breitbart", "breitbart", LocalDate.of(2016, 2, 20), text)
                        .entity("trump", PERSON, "Trump").entity("cruz", PERSON, "Ted Cruz")
                        .entity("rubio", PERSON, "Marco Rubio", "Rubio").entity("kasich", PERSON, "John Kasich")
                        .entity("bush", PERSON, "Jeb Bush").entity("carson", PERSON, "Ben Carson")
                        .mention("with 61", "61", NUMBER).mention("with 55", "55", NUMBER));

        List<Claim> claims = align(builders);

        assertThat(carrying(claims, builders, "with 61")).isNotSameAs(carrying(claims, builders, "with 55"));
        assertThat(claims).noneMatch(claim -> claim.coverage() == Coverage.DISPUTED);
    }

    /**
     * Politico, 26 May 2016, on the Public Policy Institute of California's survey, and The New York Times the next
     * day on another poll, of other candidates: neither one claim nor a dispute.
     */
    @Test
    void anotherPollOfOtherCandidatesIsNoDispute() {
        String politico = "The survey, conducted by the Public Policy Institute of California, finds Clinton with only a small lead"
                + " over Sanders, 46 percent to 44 percent, among likely voters in the Democratic primary next month.";
        String nyt = "Mrs. Clinton is leading Mr. Trump among likely voters 49 percent to 39 percent; Mr. Sanders would beat him"
                + " 53 percent to 36 percent.";
        List<AnnotatedArticleBuilder> builders = List.of(
                new AnnotatedArticleBuilder("politico", "politico", LocalDate.of(2016, 5, 26), politico)
                        .entity("ppic", ORGANIZATION, "Public Policy Institute of California")
                        .entity("clinton", PERSON, "Clinton").entity("sanders", PERSON, "Sanders")
                        .mention("46 percent", "46", NUMBER).mention("44 percent", "44", NUMBER)
                        .quote(INDIRECT, "The survey", "Clinton with only a small lead over Sanders, 46 percent to 44 percent, among"
                                + " likely voters in the Democratic primary next month", "finds", "The survey", Optional.empty()),
                new AnnotatedArticleBuilder("nyt", "nyt", LocalDate.of(2016, 5, 27), nyt)
                        .entity("clinton", PERSON, "Mrs. Clinton").entity("trump", PERSON, "Mr. Trump")
                        .entity("sanders", PERSON, "Mr. Sanders")
                        .mention("voters 49", "49", NUMBER).mention("to 39", "39", NUMBER)
                        .mention("beat him 53", "53", NUMBER).mention("to 36", "36", NUMBER));

        List<Claim> claims = align(builders);

        Claim survey = carrying(claims, builders, "46 percent to 44 percent");
        assertThat(survey).isNotSameAs(carrying(claims, builders, "49 percent to 39 percent"));
        assertThat(claims).noneMatch(claim -> claim.coverage() == Coverage.DISPUTED || claim.coverage() == Coverage.SHARED);
    }

    /**
     * PolNeAR dev: HuffPost, 20 September 2016, and Western Journalism, 21 September 2016. Both are Clinton's words, and
     * share "police", "officer", "killing", "unarmed", "black"; but Western Journalism's names the officer and the victim,
     * whom HuffPost's statement does not name: a general claim is no report of one case.
     */
    @Test
    void theSameSpeakersGeneralStatementIsNoReportOfOneCase() {
        String huffPost = "Hillary Clinton spoke out Tuesday about the death of Terence Crutcher in Tulsa, Oklahoma, arguing that"
                + " the epidemic of police officers killing unarmed black people should be recognized as “intolerable.”";
        String westJournal = "On The Steve Harvey Morning Show on Tuesday, Clinton criticized Tulsa, Okla., police officer Betty"
                + " Shelby for shooting and killing Terence Crutcher, a 40-year-old unarmed black man.";
        List<AnnotatedArticleBuilder> builders = List.of(
                new AnnotatedArticleBuilder("huff-post", "huff-post", LocalDate.of(2016, 9, 20), huffPost)
                        .entity("clinton", PERSON, "Hillary Clinton").entity("crutcher", PERSON, "Terence Crutcher")
                        .quote(INDIRECT, "arguing that", "the epidemic of police officers killing unarmed black people should be"
                                + " recognized as “intolerable.”", "arguing", "Hillary Clinton", "clinton"),
                new AnnotatedArticleBuilder("west-journal", "west-journal", LocalDate.of(2016, 9, 21), westJournal)
                        .entity("clinton", PERSON, "Clinton").entity("shelby", PERSON, "Betty Shelby")
                        .entity("crutcher", PERSON, "Terence Crutcher")
                        .quote(INDIRECT, "Clinton criticized", "Tulsa, Okla., police officer Betty Shelby for shooting and killing"
                                + " Terence Crutcher, a 40-year-old unarmed black man", "criticized", "Clinton", "clinton"));

        List<Claim> claims = align(builders);

        assertThat(carrying(claims, builders, "epidemic of police officers"))
                .isNotSameAs(carrying(claims, builders, "Betty Shelby"));
    }

    /**
     * PolNeAR dev: USA Today, 23 September 2016, and Western Journalism, 30 September 2016: "will make it difficult for
     * Trump to attack them during the debates" and "Trump to make the second debate a game-changer" share "make" and
     * "debate", and say nothing alike. The quotes are those the language layer finds (it reads "endorsement" as a cue).
     */
    @Test
    void aLightVerbAndASettingMakeNoClaim() {
        String usaToday = "The gravitas of the moderators combined with Trump's implicit endorsement of their selection will make it"
                + " difficult for Trump to attack them during the debates.";
        String westJournal = "Fellow Republicans are urging Trump to make the second debate a game-changer.";
        List<AnnotatedArticleBuilder> builders = List.of(
                new AnnotatedArticleBuilder("usa-today", "usa-today", LocalDate.of(2016, 9, 23), usaToday)
                        .entity("trump", PERSON, "Trump")
                        .quote(INDIRECT, "Trump's implicit endorsement", "of their selection will make it difficult for Trump to"
                                + " attack them during the debates", "endorsement", "Trump", "trump"),
                new AnnotatedArticleBuilder("west-journal", "west-journal", LocalDate.of(2016, 9, 30), westJournal)
                        .entity("trump", PERSON, "Trump")
                        .quote(INDIRECT, "Fellow Republicans", "Trump to make the second debate a game-changer", "urging",
                                "Fellow Republicans", Optional.empty()));

        List<Claim> claims = align(builders);

        assertThat(carrying(claims, builders, "of their selection")).isNotSameAs(carrying(claims, builders, "game-changer"));
    }
}
