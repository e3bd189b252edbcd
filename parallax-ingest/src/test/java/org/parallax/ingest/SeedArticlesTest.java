package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.text.PlainTextReader;
import org.parallax.model.Article;
import org.parallax.model.DateSource;
import org.parallax.model.EmbeddedPost;
import org.parallax.model.RemovalReason;

/** The three seed articles, read as plain text without a manifest: what the text alone tells. */
class SeedArticlesTest {

    private final PlainTextReader reader = new PlainTextReader();
    private final ArticleFinisher finisher = new ArticleFinisher(Manifest.empty());

    private Article read(String name) throws Exception {
        Path path = Fixtures.path("seeds/" + name);
        return finisher.finish(path, reader.parse(name, Fixtures.text("seeds/" + name)));
    }

    @Test
    void cradleArticleHasTitleSubtitleBylineAndDatelineAsMetadata() throws Exception {
        Article article = read("001_f6f65f91ea9eb73f.txt");

        assertThat(article.title()).contains("Ukrainian president reveals intelligence cooperation with Israel");
        assertThat(article.subtitle()).contains("Israel has stepped up its support for Ukraine despite persistent warnings from Russia");
        assertThat(article.authors()).containsExactly("News Desk");
        assertThat(article.published()).contains(LocalDate.of(2022, 10, 27));
        assertThat(article.publishedFrom()).isEqualTo(DateSource.TEXT);
        assertThat(article.text()).startsWith("Ukrainian President, Volodymyr Zelensky, confirmed during a press conference");
    }

    @Test
    void cradleArticleLosesItsReadAlsoLinkAndDisclaimer() throws Exception {
        Article article = read("001_f6f65f91ea9eb73f.txt");

        assertThat(article.text())
                .doesNotContain("Read also")
                .doesNotContain("Turkey threatens Cyprus")
                .doesNotContain("We remind our readers")
                .endsWith("have been training Ukrainian volunteers to fight against Russia.");
        assertThat(article.removed()).extracting(removed -> removed.reason())
                .containsExactly(RemovalReason.RELATED_LINK, RemovalReason.DISCLAIMER);
        assertThat(article.text()).contains("Deputy Chairman of the Russian Security Council Dmitry Medvedev warned Israel");
    }

    @Test
    void jerusalemPostArticleLosesItsPhotoCaptionAndCredit() throws Exception {
        Article article = read("002_afd6bb49de05422a.txt");

        assertThat(article.text()).doesNotContain("REUTERS/GLEB GARANICH").doesNotContain("Servicemen of the Ukrainian National Guard");
        assertThat(article.removed()).singleElement().satisfies(removed -> {
            assertThat(removed.reason()).isEqualTo(RemovalReason.PHOTO_CREDIT);
            assertThat(removed.text()).endsWith("(credit: REUTERS/GLEB GARANICH)");
        });
        assertThat(article.title()).isEmpty();
        assertThat(article.published()).isEmpty();
        assertThat(article.publishedFrom()).isEqualTo(DateSource.NONE);
        assertThat(article.text()).startsWith("Israel is not speaking out much on the war between Russia and Ukraine")
                .endsWith("The embassy had previously moved from Kyiv to Lviv.");
    }

    @Test
    void breitbartArticleKeepsTheEmbeddedTweetWithItsOwnAuthorAndDate() throws Exception {
        Article article = read("000_473c4f10df995f4b.txt");

        assertThat(article.embeddedPosts()).singleElement().satisfies((EmbeddedPost post) -> {
            String text = post.span().coveredText(article.text());
            assertThat(text).startsWith("Israeli Prime Minister Naftali Bennett offered to act as a mediator")
                    .endsWith("— Breitbart News (@BreitbartNews) February 27, 2022");
            assertThat(post.author()).contains("Breitbart News (@BreitbartNews)");
            assertThat(post.published()).contains(LocalDate.of(2022, 2, 27));
            assertThat(post.url()).contains("https://t.co/2sGt1mMAFu");
        });
        assertThat(article.removed()).isEmpty();
        assertThat(article.title()).isEmpty();
        assertThat(article.text()).startsWith("Ukraine’s intelligence services are working in “close cooperation”");
    }

    @Test
    void seedsMatchTheirGoldenFiles() throws Exception {
        for (String name : new String[] {"000_473c4f10df995f4b.txt", "001_f6f65f91ea9eb73f.txt", "002_afd6bb49de05422a.txt"}) {
            Golden.assertMatches(Golden.render(read(name)), name.replace(".txt", ".golden.txt"));
        }
    }

    @Test
    void manifestOverridesWhatTheTextSays() throws Exception {
        Manifest manifest = Manifest.read(Fixtures.path("seeds-manifest.csv"));
        ArticleFinisher withManifest = new ArticleFinisher(manifest);
        String name = "001_f6f65f91ea9eb73f.txt";

        Article article = withManifest.finish(Fixtures.path("seeds/" + name), reader.parse(name, Fixtures.text("seeds/" + name)));

        assertThat(article.outlet()).contains("The Cradle");
        assertThat(article.published()).contains(LocalDate.of(2022, 10, 27));
        assertThat(article.publishedFrom()).isEqualTo(DateSource.MANIFEST);
        assertThat(article.title()).contains("Ukrainian president reveals intelligence cooperation with Israel");
    }
}
