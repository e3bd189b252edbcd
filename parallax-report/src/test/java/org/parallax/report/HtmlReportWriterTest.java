package org.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlReportWriterTest {

    private final Document report = new HtmlReportWriter().render(SampleAnalysis.build());

    @Test
    void highlightsNestWithExactOffsets() {
        Element quote = report.selectFirst("p[data-begin] mark.quote-direct");
        assertThat(quote).isNotNull();
        assertThat(quote.text()).startsWith("There is no window of opportunity");
        assertThat(quote.attr("data-begin")).isEqualTo(String.valueOf(SampleAnalysis.TEXT.indexOf("There is no window")));
        assertThat(report.select("p[data-begin] mark.quote-indirect mark.mention-country")).extracting(Element::text).containsExactly("Israel");
        assertThat(report.selectFirst("p[data-begin] mark.timex").attr("title")).contains("2022-02-27").contains("publication");
    }

    @Test
    void quotesAreListedBySpeakerAndLinkToTheText() {
        Element table = report.selectFirst("details.quotes table");
        assertThat(table.select("tbody tr")).hasSize(2);
        assertThat(table.selectFirst("tbody td").text()).isEqualTo("Michael Brodsky");
        for (Element link : table.select("a[href]")) {
            assertThat(report.getElementById(link.attr("href").substring(1))).isNotNull();
        }
        assertThat(table.text()).contains("told → KAN");
    }

    @Test
    void storyPageShowsTimelineCastAndMatrixWithEvidenceLinks() {
        Element story = report.getElementById("s1");
        assertThat(story.selectFirst("h2").text()).isEqualTo("Story: Israel can't mediate");
        assertThat(story.select("table.timeline tbody tr")).hasSize(1);
        assertThat(story.select("table.timeline tbody tr td:last-child a").eachText())
                .containsExactly("The Jerusalem Post", "again, later");
        assertThat(story.select("table.cast tbody td").eachText()).contains("Michael Brodsky", "Israeli Ambassador to Ukraine");
        assertThat(story.select("table.cast td.quoted").first().select("a").eachText()).containsExactly("1", "2");
        assertThat(story.select("table.cast td.quoted").first().selectFirst("a").attr("title"))
                .startsWith("“Israel will not be able to mediate");
        Element matrix = story.selectFirst("table.matrix");
        assertThat(matrix.select("thead th").eachText()).containsExactly("Claim", "The Jerusalem Post", "Breitbart");
        assertThat(matrix.select("td.stance-reported")).hasSize(1);
        assertThat(matrix.select("td.stance-absent").text()).isEqualTo("absent");
        assertThat(matrix.selectFirst(".chain").text()).isEqualTo("The Jerusalem Post → Michael Brodsky");
        assertThat(matrix.select("tr.coverage th").eachText()).containsExactly("Carried by one outlet only");
        assertThat(matrix.text()).doesNotContain("There is no window of opportunity for talks");
        Element details = story.selectFirst("details.details");
        assertThat(details.selectFirst("summary").text()).startsWith("1 more claims only one outlet carries");
        assertThat(details.select("li").eachText()).singleElement().asString().startsWith("There is no window of opportunity for talks");
        for (Element link : story.select("a[href^=#]")) {
            assertThat(report.getElementById(link.attr("href").substring(1))).as(link.attr("href")).isNotNull();
            assertThat(link.attr("title")).startsWith("“");
        }
    }
}
