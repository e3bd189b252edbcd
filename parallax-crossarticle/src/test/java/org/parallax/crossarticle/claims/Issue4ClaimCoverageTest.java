package org.parallax.crossarticle.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.crossarticle.EntityResolution;
import org.parallax.crossarticle.StoryGroup;
import org.parallax.crossarticle.events.AnnotatedArticleBuilder;
import org.parallax.crossarticle.events.AnnotatedSeeds;
import org.parallax.crossarticle.stories.OnnxTextEmbedder;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Claim;
import org.parallax.model.ClaimReport;
import org.parallax.model.Coverage;
import org.parallax.model.EntityType;
import org.parallax.model.Evidence;
import org.parallax.model.QuoteKind;

/**
 * Issue 4: the outlet × claim matrix leads with the claims that matter. Claims several outlets
 * carry are shared, claims a report contradicts are disputed, and of each outlet's own claims
 * only the few closest to what the other outlets cover are exclusive; the rest are details. With
 * the standard embedding model, as the pipeline runs.
 */
class Issue4ClaimCoverageTest {

    private static List<AnalyzedArticle> articles;
    private static List<Claim> claims;

    @BeforeAll
    static void align() {
        List<AnnotatedArticleBuilder> builders = AnnotatedSeeds.builders();
        EntityResolution resolution = AnnotatedArticleBuilder.resolution(builders);
        articles = builders.stream().map(AnnotatedArticleBuilder::build).toList();
        List<String> ids = articles.stream().map(a -> a.article().id()).toList();
        StoryGroup group = new StoryGroup("s1", "Israel between Russia and Ukraine", List.of(), ids,
                List.of("israel", "ukraine", "russia", "zelensky", "bennett", "putin"));
        claims = new StatementClaimAligner(ClaimMatching.standard(), new OnnxTextEmbedder()).align(group, articles, resolution);
    }

    private static String text(Evidence evidence) {
        return articles.stream().filter(a -> a.article().id().equals(evidence.article())).findFirst().orElseThrow()
                .article().text().substring(evidence.span().begin(), evidence.span().end());
    }

    private static Claim claimCarrying(String words) {
        return claims.stream()
                .filter(claim -> claim.reports().stream().anyMatch(report -> text(report.evidence()).contains(words)))
                .findFirst().orElseThrow(() -> new AssertionError("no claim carries '" + words + "'"));
    }

    /** The claims of one article, as a story of its own about {@code entity}, aligned without embeddings. */
    private static List<Claim> alignAlone(AnnotatedArticleBuilder article, String entity) {
        List<AnnotatedArticleBuilder> builders = List.of(article);
        List<AnalyzedArticle> built = builders.stream().map(AnnotatedArticleBuilder::build).toList();
        StoryGroup group = new StoryGroup("s1", entity, List.of(), List.of(article.id()), List.of(entity));
        return new StatementClaimAligner().align(group, built, AnnotatedArticleBuilder.resolution(builders));
    }

    @Test
    void intelligenceCooperationReportedByBreitbartAndTheCradleIsShared() {
        Claim cooperation = claimCarrying("Intelligence services between the two sides have begun cooperation");
        assertThat(cooperation.coverage()).isEqualTo(Coverage.SHARED);
        assertThat(cooperation.reports()).extracting(ClaimReport::outlet).contains("Breitbart", "The Cradle");
    }

    @Test
    void oneSpeakersTwoWordingsOfOneClaimAreOneClaim() {
        assertThat(claimCarrying("his country has begun intelligence cooperation with Israel"))
                .isEqualTo(claimCarrying("Intelligence services between the two sides have begun cooperation"));
    }

    @Test
    void yermaksDenialMakesTheReportsOfPressureDisputed() {
        assertThat(claimCarrying("There hasn’t been any pressure").coverage()).isEqualTo(Coverage.DISPUTED);
    }

    @Test
    void aBareRemarkIsADetailNotAnExclusive() {
        assertThat(claimCarrying("I have very big respect for the leaders of your intelligence services").coverage())
                .isEqualTo(Coverage.DETAIL);
    }

    @Test
    void eachOutletHasAtMostTheCappedNumberOfExclusives() {
        for (String outlet : List.of("Breitbart", "The Cradle", "The Jerusalem Post")) {
            assertThat(claims.stream().filter(claim -> claim.coverage() == Coverage.EXCLUSIVE)
                    .filter(claim -> claim.reports().get(0).outlet().equals(outlet)))
                    .hasSizeBetween(1, StatementClaimAligner.EXCLUSIVE_PER_OUTLET);
        }
        assertThat(claims.stream().filter(claim -> claim.coverage().inMatrix()).count())
                .isLessThanOrEqualTo(claims.size() / 2 + 1);
    }

    @Test
    void rejectingAnIdeaIsNoDenialOfAReportButDismissingReportsThatIs() {
        String idea = "Obama said he had rejected the idea of a farewell address in the style of Ronald Reagan.";
        String denial = "The White House dismissed reports that Obama would skip the convention.";
        AnnotatedArticleBuilder article = new AnnotatedArticleBuilder("n1", "The New York Times", LocalDate.of(2016, 7, 29),
                idea + "\n\n" + denial)
                .entity("obama", EntityType.PERSON, "Obama")
                .entity("reagan", EntityType.PERSON, "Ronald Reagan")
                .entity("white-house", EntityType.ORGANIZATION, "White House")
                .quote(QuoteKind.INDIRECT, idea, "the idea of a farewell address in the style of Ronald Reagan",
                        "rejected", "he", "obama")
                .quote(QuoteKind.INDIRECT, denial, "Obama would skip the convention", "dismissed",
                        "The White House", "white-house");
        List<Claim> aligned = alignAlone(article, "obama");

        assertThat(aligned).filteredOn(claim -> claim.statement().contains("the idea of a farewell address"))
                .extracting(Claim::coverage).containsExactly(Coverage.EXCLUSIVE);
        assertThat(aligned).filteredOn(claim -> claim.statement().startsWith("Obama would skip the convention"))
                .extracting(Claim::coverage).containsExactly(Coverage.DISPUTED);
    }

    @Test
    void theObjectOfACueReadsWithItsVerbAndSubjectAClauseOnItsOwn() {
        String idea = "Obama said he had rejected the idea of a farewell address in the style of Ronald Reagan.";
        String told = "The White House told reporters that Obama would skip the convention.";
        AnnotatedArticleBuilder article = new AnnotatedArticleBuilder("n2", "The New York Times", LocalDate.of(2016, 7, 29),
                idea + "\n\n" + told)
                .entity("obama", EntityType.PERSON, "Obama")
                .entity("reagan", EntityType.PERSON, "Ronald Reagan")
                .entity("white-house", EntityType.ORGANIZATION, "White House")
                .quote(QuoteKind.INDIRECT, idea, "the idea of a farewell address in the style of Ronald Reagan", "rejected", "he", "obama")
                .quote(QuoteKind.INDIRECT, told, "Obama would skip the convention", "told", "The White House", "white-house");
        List<Claim> aligned = alignAlone(article, "obama");

        assertThat(aligned).extracting(Claim::statement).containsExactlyInAnyOrder(
                "Obama said he had rejected the idea of a farewell address in the style of Ronald Reagan",
                "Obama would skip the convention");
    }

    @Test
    void claimsComeSharedThenDisputedThenExclusiveThenDetailsAndAreNumberedInThatOrder() {
        assertThat(claims).extracting(Claim::coverage).isSorted();
        assertThat(claims).extracting(Claim::id).startsWith("c1", "c2", "c3");
    }
}
