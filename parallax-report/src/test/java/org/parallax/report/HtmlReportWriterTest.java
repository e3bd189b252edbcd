package org.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Analysis;

class HtmlReportWriterTest {

    private final Analysis analysis = SampleAnalysis.build();
    private final HtmlReportWriter writer = new HtmlReportWriter();
    private final Document article = writer.renderArticle(analysis, analysis.articles().get(0));
    private final Document story = writer.renderStory(analysis, analysis.crossArticle().stories().get(0));

    @TempDir
    Path out;

    @Test
    void highlightsNestWithExactOffsets() {
        Element quote = article.selectFirst("p[data-begin] mark.quote-direct");
        assertThat(quote).isNotNull();
        assertThat(quote.text()).startsWith("There is no window of opportunity");
        assertThat(quote.attr("data-begin")).isEqualTo(String.valueOf(SampleAnalysis.TEXT.indexOf("There is no window")));
        assertThat(article.select("p[data-begin] mark.quote-indirect mark.mention-country")).extracting(Element::text).containsExactly("Israel");
        assertThat(article.selectFirst("p[data-begin] mark.timex").attr("title")).contains("2022-02-27").contains("publication");
    }

    @Test
    void quotesAreListedBySpeakerAndLinkToTheText() {
        Element table = article.selectFirst("details.quotes table");
        assertThat(table.select("tbody tr")).hasSize(2);
        assertThat(table.selectFirst("tbody td").text()).isEqualTo("Michael Brodsky");
        for (Element link : table.select("a[href]")) {
            assertThat(article.getElementById(link.attr("href").substring(1))).isNotNull();
        }
        assertThat(table.text()).contains("told → KAN");
    }

    @Test
    void storyPageShowsTimelineCastAndMatrixWithEvidenceLinksIntoTheArticlePage() {
        Element section = story.getElementById("s1");
        assertThat(section.selectFirst("h1").text()).isEqualTo("Story: Israel can't mediate");
        assertThat(section.select("table.timeline tbody tr")).hasSize(1);
        assertThat(section.select("table.timeline tbody tr td:last-child a").eachText())
                .containsExactly("The Jerusalem Post", "again, later");
        assertThat(section.select("table.cast tbody td").eachText()).contains("Michael Brodsky", "Israeli Ambassador to Ukraine");
        assertThat(section.select("table.cast td.quoted").first().select("a").eachText()).containsExactly("1", "2");
        assertThat(section.select("table.cast td.quoted").first().selectFirst("a").attr("title"))
                .startsWith("“Israel will not be able to mediate");
        Element matrix = section.selectFirst("table.matrix");
        assertThat(matrix.select("thead th").eachText()).containsExactly("Claim", "The Jerusalem Post", "Breitbart");
        assertThat(matrix.select("td.stance-reported")).hasSize(1);
        assertThat(matrix.select("td.stance-absent").text()).isEqualTo("absent");
        assertThat(matrix.selectFirst(".chain").text()).isEqualTo("The Jerusalem Post → Michael Brodsky");
        assertThat(matrix.select("tr.coverage th").eachText()).containsExactly("Carried by one outlet only");
        assertThat(matrix.text()).doesNotContain("There is no window of opportunity for talks");
        Element details = section.selectFirst("details.details");
        assertThat(details.selectFirst("summary").text()).startsWith("1 more claims only one outlet carries");
        assertThat(details.select("li").eachText()).singleElement().asString().startsWith("There is no window of opportunity for talks");
        for (Element link : section.select("table a[href], ul.story-summary a[href]")) {
            assertThat(link.attr("href")).startsWith("../articles/a1.html#");
            assertThat(article.getElementById(link.attr("href").substring(link.attr("href").indexOf('#') + 1)))
                    .as(link.attr("href")).isNotNull();
            assertThat(link.attr("title")).startsWith("“");
        }
    }

    @Test
    void issue13TheTimelineSaysHowEachDateWasDatedWithALinkToTheWordsThatDateIt() {
        Element note = story.getElementById("s1").selectFirst("table.timeline tbody tr td .dated-by");
        assertThat(note.attr("data-dated-by")).isEqualTo("time-expression");
        assertThat(note.text()).isEqualTo("dated by its own time expression: “Sunday”");
        assertThat(note.selectFirst("a").attr("title")).startsWith("“Sunday”");
    }

    @Test
    void theIndexListsStoriesAndArticlesWithoutTheirText() {
        Document index = writer.renderIndex(analysis);
        assertThat(index.select("section.stories tbody tr a").eachAttr("href")).containsExactly("report/stories/s1.html");
        assertThat(index.select("section.stories tbody tr td").eachText()).contains("Israel can't mediate", "2");
        assertThat(index.select("section.index tbody tr a").eachAttr("href"))
                .containsExactly("report/articles/a1.html", "report/stories/s1.html");
        assertThat(index.text()).doesNotContain("There is no window of opportunity");
    }

    @Test
    void writesTheIndexAndOnePagePerStoryAndArticleWhoseLinksAllResolve() throws IOException {
        writer.write(analysis, out);

        assertThat(out.resolve("report.html")).exists();
        assertThat(out.resolve("report/stories/s1.html")).exists();
        assertThat(out.resolve("report/articles/a1.html")).exists();
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(out)) {
            pages = walk.filter(path -> path.toString().endsWith(".html")).toList();
        }
        assertThat(pages).hasSize(3);
        for (Path page : pages) {
            Document document = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
            assertThat(document.select("script, link[rel=stylesheet], img[src^=http]")).as(page.toString()).isEmpty();
            for (Element link : document.select("a[href]")) {
                String href = link.attr("href");
                if (href.startsWith("http")) {
                    continue;
                }
                String file = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
                Path target = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
                assertThat(target).as("%s in %s", href, page).exists();
                if (href.contains("#")) {
                    Document linked = Jsoup.parse(Files.readString(target, StandardCharsets.UTF_8));
                    assertThat(linked.getElementById(href.substring(href.indexOf('#') + 1))).as(href).isNotNull();
                }
            }
        }
    }

    @Test
    void aSecondWriteReplacesThePagesAndLeavesNoTemporaryFiles() throws IOException {
        writer.write(analysis, out);
        Files.writeString(out.resolve("report/articles/stale.html"), "old");
        writer.write(analysis, out);

        assertThat(out.resolve("report/articles/stale.html")).doesNotExist();
        try (Stream<Path> listing = Files.list(out)) {
            assertThat(listing.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("report.html", "report");
        }
    }
}
