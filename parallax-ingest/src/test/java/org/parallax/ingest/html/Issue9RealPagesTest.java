package org.parallax.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.ArticleDraft;
import org.parallax.ingest.BadInputException;
import org.parallax.ingest.Fixtures;
import org.parallax.ingest.TextDecoder;
import org.parallax.model.DateSource;
import org.parallax.model.InputFormat;

/**
 * Issue 9: publication dates and main text of real pages, from the development part of htmldate's
 * evaluation set (Apache-2.0; see {@code fixtures/README.md}), each read with its URL as a WARC record
 * gives it. The gold dates are htmldate's.
 */
class Issue9RealPagesTest {

    private final HtmlArticleReader reader = new HtmlArticleReader();

    @Test
    void theTimeMarkedPublishedWinsOverTheUpdatedOne() throws Exception {
        ArticleDraft draft = read("arsnova.thm.de.frag.html", "https://arsnova.thm.de/blog/frag-jetzt/");
        assertThat(draft.published()).contains(LocalDate.of(2019, 6, 28));
        assertThat(draft.publishedFrom()).isEqualTo(DateSource.METADATA);
    }

    @Test
    void aDateAfterTheCaptureIsNotBelieved() throws Exception {
        String url = "https://arsnova.thm.de/blog/frag-jetzt/";
        Instant captured = Instant.parse("2019-06-01T10:00:00Z");
        ArticleDraft draft = reader.read("capture.warc.gz#record-1", InputFormat.WARC,
                page("arsnova.thm.de.frag.html", url).outerHtml(), Optional.of(url), Optional.of(captured));
        assertThat(draft.published()).isEmpty();
        assertThat(draft.captured()).contains(captured);
    }

    @Test
    void aBareDateMetaTagOfAnotherDayDoesNotOutvoteAGermanDateLine() throws Exception {
        // the date line says 21.01.2022, <meta name="Date"> 2022-1-26: the trained vote dates the page by the date
        // line or, unsure, not at all, never by the bare meta tag
        ArticleDraft draft = read("alpin.de-freeride.html", "https://www.alpin.de/sicher-am-berg/skitouren/51490/"
                + "artikel_quantum-free-asolo-factory-130-das-beste-aus-der-touring-und-der-freeride-welt-vereint.html");
        assertThat(draft.published()).isNotEqualTo(Optional.of(LocalDate.of(2022, 1, 26)));
    }

    @Test
    void aDateAfterTheLabelDatumIsThePublicationDate() throws Exception {
        ArticleDraft draft = read("bfs.de-radon.html", "https://www.bfs.de/SharedDocs/Pressemitteilungen/BfS/DE/2022/001.html");
        assertThat(draft.published()).contains(LocalDate.of(2022, 1, 25));
        assertThat(draft.publishedFrom()).isEqualTo(DateSource.TEXT);
    }

    @Test
    void anArticleInsideASharingContainerIsFound() throws Exception {
        ArticleDraft draft = read("zdh.de-foerderungsstopp.html", "https://www.zdh.de/presse/veroeffentlichungen/"
                + "pressemitteilungen/kfw-foerderungsstopp-ist-klimapolitisch-fatales-signal/");
        assertThat(draft.text()).contains("Mit dem Stopp sämtlicher energiewirtschaftlicher KfW-Programme");
        assertThat(draft.published()).contains(LocalDate.of(2022, 1, 25));
    }

    @Test
    void anArticleIsFoundBesideACookieBoxHoldingMoreText() throws Exception {
        ArticleDraft draft = read("public.spot-on-news.de-Traumfrau.html",
                "https://public.spot-on-news.de/neue-traumfrau-bei-sturm-der-liebe-so-geht-es-am-fuerstenhof-weiter/");
        assertThat(draft.text()).contains("Schick wird voraussichtlich am 7. November seinen Einstand feiern können")
                .doesNotContain("Wir nutzen Cookies");
        assertThat(draft.published()).contains(LocalDate.of(2023, 11, 6));
    }

    @Test
    void aUtf8PageWithAStrayLatin1ByteIsRead() throws Exception {
        ArticleDraft draft = read("tierschutzpartei.de-wildvogelauffang.html",
                "https://www.tierschutzpartei.de/eine-private-wildvogelauffang-und-auswilderungsstation/");
        assertThat(draft.text()).isNotBlank();
    }

    @Test
    void aHomePageGetsNoDate() {
        Document page = page("1630687900.html", "https://www.96fm.ie/");
        assertThat(new HtmlMetadataExtractor().extract(page, Optional.of("https://www.96fm.ie/")).publication())
                .isEmpty();
    }

    @Test
    void theDayInTheSiteHeaderIsNotThePublication() throws Exception {
        // "Mittwoch, 01. November 2023" in a <time> of the site's header, beside its navigation
        assertDated("nachtkritik.de-Dragqueens.html", "https://nachtkritik.de/kolumnen-georg-kasch/"
                + "kolumne-queer-royal-ueber-dragqueens-und-dragkings-auf-und-jenseits-der-buehne", "2023-10-31",
                DateSource.TEXT);
    }

    @Test
    void aLogoH1IsNotTheHeadline() throws Exception {
        // the first h1 is the site's logo; the day's date stands in the header's top bar
        assertDated("1791336003.html", "https://www.news.az/news/"
                + "azerbaijan-launches-counteroffensive-to-restore-its-territorial-integrity-pakistani-envoy",
                "2020-10-13", DateSource.TEXT);
    }

    @Test
    void aDateLineInsideTheH1Counts() throws Exception {
        assertDated("hvw-online.org-zuschauer.html",
                "https://www.hvw-online.org/aktuell/detail/news/zuschauerrueckkehr-bei-den-proficlubs-der-region",
                "2022-02-02", DateSource.TEXT);
    }

    @Test
    void aPhotoCaptionsDateIsNotThePublication() throws Exception {
        // "… near Orleans, France, January 16, 2020. Julien De Rosa/Pool via REUTERS", then "January 18, 2020"
        assertDated("1498311133.html",
                "https://www.oann.com/protesters-gather-at-paris-theater-to-confront-macron-over-pension-reform/",
                "2020-01-18", DateSource.TEXT);
    }

    @Test
    void aPressDateLineOpeningTheFirstParagraphCounts() throws Exception {
        // "Karlsruhe, (12.11.2021). Traditionell gedenken …"
        assertDated("ekiba.de-trauer.html", "https://www.ekiba.de/detail/nachricht-seite/id/"
                + "35204-trauern-digital-am-ewigkeitssonntag/?default=true", "2021-11-12", DateSource.TEXT);
    }

    @Test
    void anEventDateInARunningSentenceIsNotThePublication() throws Exception {
        // "… gegen Brasilien (4. und 5. März 2022 in Rio de Janeiro) bekanntgegeben": no date beats that one
        assertThat(read("dtb-tennis.de-nominiert.html", "https://www.dtb-tennis.de/Tennis-International/"
                + "Davis-Cup/News-Features/Davis-Cup-Qualifiers-Kohlmann-nominiert-zwei-Neulinge").published()).isEmpty();
    }

    @Test
    void datesOfTeasersOfOtherStoriesDoNotOutvoteTheMetaTag() throws Exception {
        assertDated("1789664619.html", "https://diariodelsur.com.co/noticias/deportes/f%C3%BAtbol/"
                + "el-primero-en-hablar-sorprendente-despedida-de-juan-guillerm-647581", "2020-12-06",
                DateSource.METADATA);
    }

    @Test
    void theDateAfterStandIsTheDateTheNewsPageShows() throws Exception {
        // "Stand: 28.04.2020 18:00 Uhr" under the headline; the bare meta date is the next morning's
        assertDated("tagesschau.de.rheinmetall.html",
                "https://www.tagesschau.de/investigativ/ndr/rheinmetall-datenleck-101.html", "2020-04-28",
                DateSource.TEXT);
    }

    @Test
    void aWikiPageIsDatedByItsLastEdit() throws Exception {
        // "BeginnersGuide/Download (last edited 2019-11-10 13:28:18 by MatsWichmann)": no other date
        assertDated("wiki.python.org.Download.html", "https://wiki.python.org/moin/BeginnersGuide/Download",
                "2019-11-10", DateSource.TEXT);
    }

    private void assertDated(String file, String url, String day, DateSource from) throws BadInputException {
        ArticleDraft draft = read(file, url);
        assertThat(draft.published()).contains(LocalDate.parse(day));
        assertThat(draft.publishedFrom()).isEqualTo(from);
    }

    private ArticleDraft read(String file, String url) throws BadInputException {
        return reader.read(file, InputFormat.HTML, page(file, url), Optional.of(url));
    }

    private static Document page(String file, String url) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(Fixtures.path("fixtures/pubdate/" + file + ".gz")))) {
            byte[] bytes = in.readAllBytes();
            return Jsoup.parse(TextDecoder.decodePage(bytes, TextDecoder.declaredHtmlCharset(bytes)), url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (BadInputException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }
}
