package org.parallax.crossarticle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parallax.crossarticle.claims.StatementClaimAligner;
import org.parallax.crossarticle.entities.NameEntityResolver;
import org.parallax.crossarticle.events.SentenceEventFinder;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Article;
import org.parallax.model.ClaimReport;
import org.parallax.model.CrossArticle;
import org.parallax.model.DateSource;
import org.parallax.model.EntityType;
import org.parallax.model.InputFormat;
import org.parallax.model.Outlets;
import org.parallax.model.Story;

/**
 * Issue 8: "Without a known outlet, each file became an outlet of its own", so a story of 486
 * PolNeAR files had 486 "outlets" and a matrix row of 486 cells per claim. An article without a
 * known outlet is credited to its site (URL host) or to one {@code unknown} outlet, never to its path.
 */
class Issue8FilePathOutletTest {

    private static final String O_MALLEY = "O'Malley's move was first reported by MSNBC. The campaign said it would "
            + "shift staff to Iowa and New Hampshire, the campaign said on Monday.";

    @Test
    void anArticleWithoutOutletIsCreditedToItsSiteOrToUnknownNeverToItsPath() {
        assertThat(Outlets.of(article("a", "../shared/bench/polnear/train/text/breitbart_2015-11-16_o-malley.txt",
                Optional.empty(), Optional.empty()))).isEqualTo(Outlets.UNKNOWN);
        assertThat(Outlets.of(article("b", "/data/feeds/item-7.txt",
                Optional.of("https://www.breitbart.com/politics/2015/11/16/o-malley-campaign/"), Optional.empty())))
                .isEqualTo("breitbart.com");
        assertThat(Outlets.of(article("c", "https://edition.CNN.com:443/2016/07/25/politics/dnc/index.html",
                Optional.empty(), Optional.empty()))).isEqualTo("edition.cnn.com");
        assertThat(Outlets.of(article("d", "x.txt", Optional.of("not a url"), Optional.of("Breitbart"))))
                .isEqualTo("Breitbart");
        assertThat(Outlets.of(article("e", "x.txt", Optional.of("mailto:desk@example.com"), Optional.of(" "))))
                .isEqualTo(Outlets.UNKNOWN);
    }

    @Test
    void aPileOfFilesWithoutOutletsIsOneOutletInTheStoryAndItsClaims() {
        // As ./parallax analyze reads a folder of PolNeAR files without a manifest: a path, no outlet, no URL.
        List<AnalyzedArticle> articles = List.of(
                ArticleFixtures.article("f1", Optional.empty(), Optional.empty(), Optional.empty(), O_MALLEY,
                        ArticleFixtures.person("Martin O'Malley", "O'Malley"), ArticleFixtures.named("MSNBC", EntityType.ORGANIZATION)),
                ArticleFixtures.article("f2", Optional.empty(), Optional.empty(), Optional.empty(), O_MALLEY.replace("Monday", "Tuesday"),
                        ArticleFixtures.person("Martin O'Malley", "O'Malley"), ArticleFixtures.named("MSNBC", EntityType.ORGANIZATION)));
        StoryFinder allInOne = (all, entities) -> List.of(new StoryGroup("s1", "O'Malley", List.of(),
                all.stream().map(a -> a.article().id()).toList(), List.of()));
        CrossArticle result = new CrossArticleAnalyzer(new NameEntityResolver(), allInOne, new SentenceEventFinder(),
                new StatementClaimAligner()).analyze(articles);

        Story story = result.stories().get(0);
        assertThat(story.outlets()).containsExactly(Outlets.UNKNOWN);
        assertThat(articles).extracting(article -> article.article().source()).containsExactly("f1.txt", "f2.txt");
        assertThat(story.claims()).isNotEmpty();
        assertThat(story.claims()).flatExtracting(claim -> claim.reports().stream().map(ClaimReport::outlet).toList())
                .containsOnly(Outlets.UNKNOWN);
    }

    private static Article article(String id, String source, Optional<String> url, Optional<String> outlet) {
        return new Article(id, source, InputFormat.TEXT, url, Optional.empty(), Optional.empty(), outlet, List.of(),
                Optional.empty(), DateSource.NONE, Optional.empty(), O_MALLEY, List.of(), List.of());
    }
}
