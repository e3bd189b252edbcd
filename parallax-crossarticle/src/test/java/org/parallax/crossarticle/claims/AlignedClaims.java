package org.parallax.crossarticle.claims;

import java.util.List;
import org.parallax.crossarticle.EntityResolution;
import org.parallax.crossarticle.StoryGroup;
import org.parallax.crossarticle.events.AnnotatedArticleBuilder;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Claim;
import org.parallax.model.ClaimReport;

/** The claims an aligner finds in hand-annotated articles, as one story, and the claim that carries given words. */
final class AlignedClaims {

    private AlignedClaims() {
    }

    /** The claims of {@code builders}' articles, aligned as one story with a correct entity resolution. */
    static List<Claim> align(StatementClaimAligner aligner, List<AnnotatedArticleBuilder> builders) {
        EntityResolution resolution = AnnotatedArticleBuilder.resolution(builders);
        List<AnalyzedArticle> articles = builders.stream().map(AnnotatedArticleBuilder::build).toList();
        StoryGroup story = new StoryGroup("s1", "story", List.of(), articles.stream().map(a -> a.article().id()).toList(), List.of());
        return aligner.align(story, articles, resolution);
    }

    /** The first claim with a report whose words contain {@code words}. */
    static Claim carrying(List<Claim> claims, List<AnnotatedArticleBuilder> builders, String words) {
        return claims.stream()
                .filter(claim -> claim.reports().stream().anyMatch(report -> text(builders, report).contains(words)))
                .findFirst().orElseThrow(() -> new AssertionError("no claim carries '" + words + "'"));
    }

    /** The words of a report. */
    static String text(List<AnnotatedArticleBuilder> builders, ClaimReport report) {
        AnnotatedArticleBuilder builder = builders.stream().filter(b -> b.id().equals(report.article())).findFirst().orElseThrow();
        return report.evidence().span().coveredText(builder.text());
    }
}
