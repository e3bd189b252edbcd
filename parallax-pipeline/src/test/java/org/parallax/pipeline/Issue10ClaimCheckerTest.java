package org.parallax.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parallax.ingest.FormatReaders;
import org.parallax.ingest.IngestOptions;
import org.parallax.ingest.Ingestor;
import org.parallax.model.Article;
import org.parallax.model.ClaimCheck;
import org.parallax.model.ClaimStance;

/**
 * Issue 10 (check on the pipeline API): claims checked against articles handed over one at a time,
 * as the CLI and the server do, on the seed articles.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Issue10ClaimCheckerTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("parallax.repositoryRoot", "..")).resolve("examples");

    private final ClaimChecker checker = ClaimChecker.standard();
    private List<Article> articles;

    @BeforeAll
    void read() {
        Ingestor ingestor = new Ingestor(FormatReaders.standard(), IngestOptions.defaults());
        articles = ingestor.ingest(List.of(EXAMPLES.resolve("000_473c4f10df995f4b.txt").toString(),
                EXAMPLES.resolve("001_f6f65f91ea9eb73f.txt").toString(), EXAMPLES.resolve("002_afd6bb49de05422a.txt").toString()),
                new PipelineListener() {
                }).articles();
        assertThat(articles).hasSize(3);
    }

    @Test
    void eachClaimIsCheckedAgainstTheArticlesItConcernsInOrder() {
        List<Integer> read = new ArrayList<>();
        ClaimChecker.Claim restricted = new ClaimChecker.Claim("c1", "Ukraine has begun intelligence cooperation with Israel",
                Set.of(articles.get(1).id()));
        ClaimChecker.Claim everywhere = ClaimChecker.Claim.of("c2", "Apple will sell a gold iPhone in March");
        List<ClaimCheck> checks = checker.check(List.of(restricted, everywhere), ArticleSource.of(articles), new PipelineListener() {
            @Override
            public void articleAnnotated() {
                read.add(1);
            }
        });
        assertThat(checks).extracting(ClaimCheck::claim).containsExactly("c1", "c2", "c2", "c2");
        assertThat(checks).extracting(ClaimCheck::article).containsExactly(articles.get(1).id(), articles.get(0).id(),
                articles.get(1).id(), articles.get(2).id());
        assertThat(read).hasSize(3);
        for (ClaimCheck check : checks.subList(1, 4)) {
            assertThat(check.stance()).as("an iPhone claim against news of Ukraine and Israel").isEqualTo(ClaimStance.UNRELATED);
        }
    }

    @Test
    void coverageGroupsTheRelatedArticlesByStanceAndLeavesOutTheUnrelated() {
        ClaimChecker.Coverage coverage = checker.coverage("Ukraine's intelligence services cooperate closely with Israel's",
                ArticleSource.of(articles));
        List<ClaimCheck> related = new ArrayList<>(coverage.supporting());
        related.addAll(coverage.contradicting());
        related.addAll(coverage.discussing());
        assertThat(related).isNotEmpty();
        assertThat(related).allSatisfy(check -> assertThat(check.stance().related()).isTrue());
        assertThat(related).extracting(ClaimCheck::article).doesNotHaveDuplicates();
        assertThat(coverage.supporting()).isSortedAccordingTo((a, b) -> Double.compare(b.confidence(), a.confidence()));
    }
}
