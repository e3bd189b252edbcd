package org.parallax.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.parallax.model.DateSource;

/**
 * Issue 9: the trained vote among a page's candidate publication dates, on minimal pages that reproduce the
 * structure of pages of htmldate's evaluation set (development part).
 */
class Issue9PublicationDateVoteTest {

    private static final LocalDate CAPTURED = LocalDate.of(2024, 1, 1);

    private static Optional<PublicationDate> date(String html, String url) {
        return new HtmlMetadataExtractor().extract(Jsoup.parse(html, url), Optional.of(url), CAPTURED).publication();
    }

    /** ditib.de: a news item whose only date stands at the head of its text, in no element named for a date. */
    @Test
    void aPageWhoseOnlyDateOpensItsTextIsDatedFromIt() {
        String html = """
                <html><body><div id="nav"><a href="/">Startseite</a></div>
                <div class="content"><h2>Botschaft zum Geburtstag des Propheten</h2>
                <p>2021-10-16 | Botschaft<br>Liebe Geschwister, in diesen Tagen feiern wir die Geburt unseres
                Propheten. Wir wünschen allen Gläubigen eine gesegnete Zeit und Gesundheit.</p></div></body></html>""";
        assertThat(date(html, "https://ditib.de/detail1.php?id=765&lang=de"))
                .contains(new PublicationDate(LocalDate.of(2021, 10, 16), DateEvidence.DATELINE));
    }

    /** Clues that agree: the winning day's provenance is its most trusted clue, here the address. */
    @Test
    void theClueThatWonIsNamed() {
        String html = """
                <html><head><script type="application/ld+json">{"@type": "NewsArticle",
                "datePublished": "2020-05-01T22:54:29-04:00"}</script></head>
                <body><h1>Penn Station to close overnight for cleaning</h1><p>Text of the story.</p></body></html>""";
        Optional<PublicationDate> date = date(html, "https://example.com/2020/05/01/penn-station-to-close/");
        assertThat(date).contains(new PublicationDate(LocalDate.of(2020, 5, 1), DateEvidence.URL));
        assertThat(date.orElseThrow().evidence().source()).isEqualTo(DateSource.URL);
    }

    /**
     * tagesschau.de-like: the site's header prints the day's date, the story its own in a date line; the header's
     * date is no candidate at all.
     */
    @Test
    void theDayPrintedInTheSitesHeaderIsNoCandidate() {
        String html = """
                <html><body><header class="page-header"><a href="/">Startseite</a>
                <span class="today">Mittwoch, 01. November 2023</span><nav><a href="/inland">Inland</a></nav></header>
                <main><h1>Landtag beschließt neues Schulgesetz</h1>
                <p class="metatextline">Stand: 28.10.2023 14:05 Uhr</p>
                <p>Der Landtag hat am Freitag mit großer Mehrheit ein neues Schulgesetz beschlossen. Es tritt im
                kommenden Sommer in Kraft und regelt unter anderem die Größe der Klassen.</p></main></body></html>""";
        assertThat(new HtmlMetadataExtractor().dateCandidates(Jsoup.parse(html, "https://example.de/inland/schulgesetz.html"),
                Optional.of("https://example.de/inland/schulgesetz.html"), CAPTURED))
                .extracting(DateCandidate::date).containsExactly(LocalDate.of(2023, 10, 28));
        assertThat(date(html, "https://example.de/inland/schulgesetz.html")).map(PublicationDate::date)
                .contains(LocalDate.of(2023, 10, 28));
    }
}
