package org.parallax.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PublicationDateFinderTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 1, 1);

    private static Optional<PublicationDate> find(String html, String... urls) {
        Document page = Jsoup.parse(html);
        return PublicationDateFinder.find(page, JsonLd.of(page), List.of(urls), TODAY);
    }

    @Test
    void theUrlDateIsTheMostTrustedAndSaysSo() {
        assertThat(find("<p>x</p>", "https://example.com/2019/10/18/story/"))
                .contains(new PublicationDate(LocalDate.of(2019, 10, 18), DateEvidence.URL));
    }

    @Test
    void aModifiedMetaTagDoesNotOutvoteThePublishedOne() {
        assertThat(find("""
                <meta property="article:published_time" content="2020-01-10T09:00:00+01:00">
                <meta property="article:modified_time" content="2020-01-14T09:00:00+01:00">
                <body><h1>Headline</h1><p>Text.</p></body>"""))
                .map(PublicationDate::date).contains(LocalDate.of(2020, 1, 10));
    }

    @Test
    void theLastChangeStandsInWhereNothingDatesThePublication() {
        assertThat(find("""
                <meta property="article:modified_time" content="2020-01-14T09:00:00+01:00">
                <body><p class="updated">Aktualisiert am 14. Januar 2020</p></body>"""))
                .contains(new PublicationDate(LocalDate.of(2020, 1, 14), DateEvidence.META_TAG));
        assertThat(find("<body><h1>BeginnersGuide/Download</h1><p>Text.</p>"
                + "<p class=\"info\">BeginnersGuide/Download (last edited 2019-11-10 13:28:18 by someone)</p></body>"))
                .contains(new PublicationDate(LocalDate.of(2019, 11, 10), DateEvidence.DATELINE));
    }

    @Test
    void datesAfterTheCaptureOrBefore1995AreNotBelieved() {
        assertThat(find("<meta property=\"article:published_time\" content=\"2030-01-01\">")).isEmpty();
        assertThat(find("<meta property=\"article:published_time\" content=\"1990-01-01\">")).isEmpty();
    }

    @Test
    void theYearAndMonthOfTheUrlRuleOutOtherDates() {
        assertThat(find("<meta property=\"article:published_time\" content=\"2018-05-03\">",
                "https://example.com/2019/10/story")).isEmpty();
        assertThat(find("<meta property=\"article:published_time\" content=\"2019-10-03\">",
                "https://example.com/2019/10/story")).map(PublicationDate::date).contains(LocalDate.of(2019, 10, 3));
    }

    @Test
    void kindsThatAgreeOutvoteOneThatDoesNot() {
        assertThat(find("""
                <meta name="date" content="2022-01-26">
                <body><h1>Headline</h1><p class="meta"><time datetime="2022-01-21">21.01.2022</time></p></body>"""))
                .map(PublicationDate::date).contains(LocalDate.of(2022, 1, 21));
    }

    @Test
    void datesInCommentsAndSidebarsDoNotCount() {
        assertThat(find("""
                <body><h1>Headline</h1><p>%s</p>
                <div class="comments"><span class="comment-date">April 19, 2019</span></div>
                <aside><span class="date">April 20, 2019</span></aside></body>"""
                .formatted("The ministers met for three hours and agreed to meet again. ".repeat(10)))).isEmpty();
    }
}
