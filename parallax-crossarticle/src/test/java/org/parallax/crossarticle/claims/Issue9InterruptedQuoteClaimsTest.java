package org.parallax.crossarticle.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.model.EntityType.PERSON;
import static org.parallax.model.QuoteKind.DIRECT;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parallax.crossarticle.events.AnnotatedArticleBuilder;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Quote;

/**
 * Issue 9, "Who said what": an interrupted quotation is one quote of two pieces; each piece is a statement of its own
 * for the claims, as each quotation was before quotes had pieces, and the words between the pieces ("Benjamin J.
 * Rhodes, …, said Sunday") are in neither. The New York Times, 18 November 2015 (PolNeAR train).
 */
class Issue9InterruptedQuoteClaimsTest {

    private static final String SECOND = "The further introduction of U.S. troops to fully re-engage in ground combat in the"
            + " Middle East is not the way to deal with this challenge.";

    @Test
    void eachPieceOfAnInterruptedQuotationIsAStatement() {
        String nyt = "''We don't believe U.S. troops are the answer to the problem,'' Benjamin J. Rhodes, Mr. Obama's deputy"
                + " national security adviser, said Sunday. ''The further introduction of U.S. troops to fully re-engage in ground"
                + " combat in the Middle East is not the way to deal with this challenge.''";
        AnnotatedArticleBuilder builder = new AnnotatedArticleBuilder("nyt", "nyt", LocalDate.of(2015, 11, 18), nyt)
                .entity("rhodes", PERSON, "Benjamin J. Rhodes")
                .quote(DIRECT, "''We don't", "We don't believe U.S. troops are the answer to the problem,", "said", "Benjamin J. Rhodes",
                        "rhodes")
                .quote(DIRECT, "said Sunday. ''The further", SECOND, "said", "Benjamin J. Rhodes", "rhodes");
        AnalyzedArticle single = builder.build();
        AnalyzedArticle analyzed = new AnnotatedArticleBuilder("nyt", "nyt", LocalDate.of(2015, 11, 18), nyt)
                .entity("rhodes", PERSON, "Benjamin J. Rhodes")
                .quote(DIRECT, "''We don't", "We don't believe U.S. troops are the answer to the problem,", "said", "Benjamin J. Rhodes",
                        "rhodes")
                .quote(DIRECT, "said Sunday. ''The further", SECOND, "said", "Benjamin J. Rhodes", "rhodes")
                .interruptedQuotation().build();
        Quote quote = analyzed.annotations().quotes().get(0);
        assertThat(quote.pieces()).hasSize(2);

        List<ClaimCandidate> candidates = ClaimCandidates.of(analyzed, 0, "nyt", Set.of(),
                AnnotatedArticleBuilder.resolution(List.of(builder)));
        assertThat(candidates).extracting(candidate -> candidate.evidence().span()).containsExactlyElementsOf(quote.pieces());
        assertThat(candidates).extracting(ClaimCandidate::display).noneMatch(display -> display.contains("said Sunday"));
        assertThat(candidates).extracting(ClaimCandidate::source).containsOnly(java.util.Optional.of("rhodes"));
        List<ClaimCandidate> before = ClaimCandidates.of(single, 0, "nyt", Set.of(), AnnotatedArticleBuilder.resolution(List.of(builder)));
        assertThat(candidates).extracting(ClaimCandidate::display).containsExactlyElementsOf(
                before.stream().map(ClaimCandidate::display).toList());
    }
}
