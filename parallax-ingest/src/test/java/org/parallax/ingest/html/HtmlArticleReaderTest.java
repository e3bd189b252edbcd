package org.parallax.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ingest.ArticleDraft;
import org.parallax.ingest.BadInputException;
import org.parallax.ingest.Input;
import org.parallax.model.DateSource;
import org.parallax.model.InputFormat;

class HtmlArticleReaderTest {

    private final HtmlArticleReader reader = new HtmlArticleReader();

    @Test
    void readsTheArsTechnicaPageWithItsMetadataAndBodyOnly() throws BadInputException {
        ArticleDraft draft = reader.read("ars-1.html", InputFormat.HTML, Fixtures.text("html/ars-1.html"),
                Optional.empty());

        assertThat(draft.source()).isEqualTo("ars-1.html");
        assertThat(draft.format()).isEqualTo(InputFormat.HTML);
        assertThat(draft.title()).contains("Just-released Minecraft exploit makes it easy to crash game servers");
        assertThat(draft.authors()).containsExactly("Dan Goodin");
        assertThat(draft.published()).contains(LocalDate.of(2015, 4, 16));
        assertThat(draft.publishedFrom()).isEqualTo(DateSource.METADATA);
        assertThat(draft.outlet()).contains("Ars Technica");
        assertThat(draft.url()).contains("https://arstechnica.com/information-technology/2015/04/"
                + "just-released-minecraft-exploit-makes-it-easy-to-crash-game-servers/");
        assertThat(draft.text())
                .startsWith("A flaw in the wildly popular online game Minecraft makes it easy")
                .endsWith("Ars is asking Mojang for comment and will update this post if company officials respond.")
                .contains("\n\n\"I thought a lot before writing this post,\" Pakistan-based developer Ammar Askar")
                .doesNotContain("Biz & IT", "Sign up to comment", "Newsletter Signup", "Share this story",
                        "Condé Nast");
    }

    @Test
    void readsTheHeraldSunPageWithItsMetadataAndWithoutNavigation() throws BadInputException {
        ArticleDraft draft = reader.read("herald-sun-1.html", InputFormat.HTML,
                Fixtures.text("html/herald-sun-1.html"), Optional.empty());

        assertThat(draft.title()).contains("Angry media won’t buckle over new surveillance laws");
        assertThat(draft.authors()).containsExactly("Laurie Oakes");
        assertThat(draft.published()).contains(LocalDate.of(2015, 3, 13));
        assertThat(draft.outlet()).contains("HeraldSun");
        assertThat(draft.url()).contains("http://www.heraldsun.com.au/news/opinion/"
                + "angry-media-wont-buckle-over-new-surveillance-laws/story-fni0fha6-1227261886014");
        assertThat(draft.text())
                .contains("The roadshow featured the Prime Minister’s national security adviser, Andrew Shearer")
                .doesNotContain("Login using your social network", "Breaking News", "Forgot your password?",
                        "Most Popular Stories");
    }

    @Test
    void refusesAPageWithoutArticleText() {
        assertThatThrownBy(() -> reader.read("nav.html", InputFormat.HTML,
                "<html><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav></body></html>",
                Optional.of("https://example.com/")))
                .isInstanceOf(BadInputException.class)
                .hasMessage("no article text found in the HTML page");
    }

    @Test
    void fileReaderReadsAGzippedPageAsOneArticle(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ars.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(Files.readAllBytes(Fixtures.path("html/ars-1.html")));
        }
        Fixtures.Collected sink = new Fixtures.Collected();

        new HtmlFileReader().read(new Input(file, "news/ars.html.gz", 1 << 20), sink);

        assertThat(sink.problems).isEmpty();
        assertThat(sink.articles).singleElement().satisfies(draft -> {
            assertThat(draft.source()).isEqualTo("news/ars.html.gz");
            assertThat(draft.authors()).containsExactly("Dan Goodin");
        });
    }

    @Test
    void fileReaderRefusesAFileOverTheLimit() {
        assertThatThrownBy(() -> new HtmlFileReader().read(new Input(Fixtures.path("html/ars-1.html"), "ars-1.html",
                10_000), new Fixtures.Collected()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("over the 9.8 KB limit");
    }
}
