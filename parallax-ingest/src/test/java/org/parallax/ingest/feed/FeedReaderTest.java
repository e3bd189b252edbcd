package org.parallax.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ingest.ArticleDraft;
import org.parallax.ingest.BadInputException;
import org.parallax.ingest.Input;
import org.parallax.ingest.html.Fixtures;
import org.parallax.model.DateSource;
import org.parallax.model.InputFormat;

class FeedReaderTest {

    private final FeedReader reader = new FeedReader();

    private Fixtures.Collected read(Path file, String name) throws Exception {
        Fixtures.Collected sink = new Fixtures.Collected();
        reader.read(new Input(file, name, 1 << 20), sink);
        return sink;
    }

    @Test
    void readsTheItemOfARealRssFeed() throws Exception {
        Fixtures.Collected sink = read(Fixtures.path("feed/rss_2.0_spiegel.xml"), "spiegel.xml");

        assertThat(sink.problems).isEmpty();
        ArticleDraft draft = sink.articles.get(0);
        assertThat(sink.articles).hasSize(1);
        assertThat(draft.source()).isEqualTo("spiegel.xml#item-1");
        assertThat(draft.format()).isEqualTo(InputFormat.FEED);
        assertThat(draft.title()).contains(
                "07.02. – die Wochenvorschau: Lockdown-Verlängerung, Kriegsverbrecher vor Gericht, Super Bowl, Karneval");
        assertThat(draft.outlet()).contains("SPIEGEL Update");
        assertThat(draft.url()).contains("https://omny.fm/shows/spiegel-update-die-nachrichten/"
                + "07-02-die-wochenvorschau-lockdown-verl-ngerung-kri");
        assertThat(draft.published()).contains(LocalDate.of(2021, 2, 6));
        assertThat(draft.publishedFrom()).isEqualTo(DateSource.METADATA);
        assertThat(draft.text()).isEqualTo("Die wichtigsten Nachrichten aus der SPIEGEL-Redaktion.\n\n"
                + "See omnystudio.com/listener for privacy information.");
    }

    @Test
    void readsFullAtomContentKeepingParagraphsAndThePublishersLocalDate() throws Exception {
        Fixtures.Collected sink = read(Fixtures.path("feed/atom-full-content.xml"), "gazette.atom");

        ArticleDraft bridge = sink.articles.get(0);
        assertThat(bridge.source()).isEqualTo("gazette.atom#item-1");
        assertThat(bridge.title()).contains("Harbour bridge reopens after three years of repairs");
        assertThat(bridge.authors()).containsExactly("Maria Keller", "Tom Baines");
        assertThat(bridge.outlet()).contains("The Parallax Gazette");
        assertThat(bridge.url()).contains("https://gazette.example.org/2022/03/24/harbour-bridge-reopens");
        // 2022-03-25T00:30+02:00 is still 24 March in UTC: the date as written wins.
        assertThat(bridge.published()).contains(LocalDate.of(2022, 3, 25));
        assertThat(bridge.text())
                .startsWith("The harbour bridge reopened to traffic on Thursday evening, three years after engineers")
                .contains("nine million more than planned, because the steel had to be ordered from abroad.\n\n")
                .endsWith("and the temporary ferry service will end a week later.")
                .doesNotContain("<p>", "The harbour bridge is open again.");
    }

    @Test
    void takesASummaryOnlyEntryAsAShortArticleDatedByItsUpdate() throws Exception {
        Fixtures.Collected sink = read(Fixtures.path("feed/atom-full-content.xml"), "gazette.atom");

        ArticleDraft tram = sink.articles.get(1);
        assertThat(tram.source()).isEqualTo("gazette.atom#item-2");
        assertThat(tram.text()).isEqualTo("The city council postponed its vote on the eastern tram line until May,"
                + " citing open questions about the budget.");
        assertThat(tram.authors()).containsExactly("Lena Park");
        assertThat(tram.published()).contains(LocalDate.of(2022, 3, 23));
    }

    @Test
    void reportsAnEntryWithoutTextAndGoesOn() throws Exception {
        Fixtures.Collected sink = read(Fixtures.path("feed/atom-full-content.xml"), "gazette.atom");

        assertThat(sink.articles).hasSize(2);
        assertThat(sink.problems).singleElement().satisfies(problem -> {
            assertThat(problem.input()).isEqualTo("gazette.atom");
            assertThat(problem.position()).contains("item 3");
            assertThat(problem.message()).contains("no text");
        });
    }

    @Test
    void refusesAFileThatIsNotWellFormedXmlWithTheLineAndColumn(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("broken.xml"),
                "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>\n<title>X</title><item></channel></rss>");

        assertThatThrownBy(() -> read(file, "broken.xml"))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("not a well-formed feed: ")
                .satisfies(e -> assertThat(((BadInputException) e).position()).hasValueSatisfying(
                        position -> assertThat(position).startsWith("line 3, column ")));
    }

    @Test
    void refusesXmlThatIsNoFeed(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("pom.xml"), "<project><name>x</name></project>");

        assertThatThrownBy(() -> read(file, "pom.xml"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("not an RSS or Atom feed: the XML's root element <project> is not one Rome knows");
    }

    @Test
    void aFeedTitleNamesItsOutletUpToItsSectionSeparator() {
        assertThat(FeedReader.outletName("BBC News - World")).isEqualTo("BBC News");
        assertThat(FeedReader.outletName("BBC News | Business")).isEqualTo("BBC News");
        assertThat(FeedReader.outletName("NYT > World News")).isEqualTo("NYT");
        assertThat(FeedReader.outletName("Reuters: Top News")).isEqualTo("Reuters");
        assertThat(FeedReader.outletName("The Parallax Gazette")).isEqualTo("The Parallax Gazette");
        assertThat(FeedReader.outletName("Coca-Cola Journey")).isEqualTo("Coca-Cola Journey");
    }

    @Test
    void neverReadsAnExternalEntityADoctypeDeclares(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        Path file = Files.writeString(dir.resolve("xxe.xml"), "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<rss version=\"2.0\"><channel><title>T</title><item><title>&xxe;</title>"
                + "<description>Some text of the item, long enough to be an article of its own here.</description>"
                + "</item></channel></rss>",
                StandardCharsets.UTF_8);

        Fixtures.Collected sink = new Fixtures.Collected();
        try {
            new FeedReader().read(new Input(file, "xxe.xml", 1 << 20), sink);
        } catch (BadInputException refused) {
            assertThat(refused.getMessage()).doesNotContain("TOP-SECRET");
        }
        assertThat(sink.articles).allSatisfy(article -> {
            assertThat(article.title().orElse("")).doesNotContain("TOP-SECRET");
            assertThat(article.text()).doesNotContain("TOP-SECRET");
        });
    }

    @Test
    void readsAnRss091FeedThatDeclaresNetscapesDoctype(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("old.xml"), "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
                + "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\"\n"
                + "  \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n"
                + "<rss version=\"0.91\"><channel><title>Old News</title><link>http://example.com/</link>"
                + "<description>An old feed</description><language>en-us</language>"
                + "<item><title>Council approves the new bridge</title><link>http://example.com/bridge</link>"
                + "<description>The city council approved the new bridge on Tuesday after a long debate about its cost."
                + "</description></item></channel></rss>",
                StandardCharsets.ISO_8859_1);

        Fixtures.Collected sink = new Fixtures.Collected();
        new FeedReader().read(new Input(file, "old.xml", 1 << 20), sink);

        assertThat(sink.articles).singleElement().satisfies(article -> {
            assertThat(article.title()).contains("Council approves the new bridge");
            assertThat(article.text()).startsWith("The city council approved the new bridge");
        });
    }

    @Test
    void refusesAFeedThatBlowsUpByEntityExpansion(@TempDir Path dir) throws Exception {
        StringBuilder entities = new StringBuilder("<!ENTITY a0 \"lol\">");
        for (int level = 1; level <= 9; level++) {
            entities.append("<!ENTITY a").append(level).append(" \"");
            for (int copy = 0; copy < 10; copy++) {
                entities.append("&a").append(level - 1).append(';');
            }
            entities.append("\">");
        }
        Path file = Files.writeString(dir.resolve("laughs.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [" + entities + "]>\n"
                + "<rss version=\"2.0\"><channel><title>T</title><item><title>&a9;</title>"
                + "<description>Text.</description></item></channel></rss>", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> read(file, "laughs.xml"))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("not a well-formed feed: ");
    }

    @Test
    void refusesAFeedWithoutItems(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("empty.xml"),
                "<rss version=\"2.0\"><channel><title>Empty</title></channel></rss>");

        assertThatThrownBy(() -> read(file, "empty.xml"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("the feed has no items");
    }
}
