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
    void aGermanDateLineOutvotesABareDateMetaTagOfAnotherDay() throws Exception {
        ArticleDraft draft = read("alpin.de-freeride.html", "https://www.alpin.de/sicher-am-berg/skitouren/51490/"
                + "artikel_quantum-free-asolo-factory-130-das-beste-aus-der-touring-und-der-freeride-welt-vereint.html");
        assertThat(draft.published()).contains(LocalDate.of(2022, 1, 21));
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
