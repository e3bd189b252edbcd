package org.parallax.ingest.warc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;
import org.parallax.ingest.ArticleDraft;
import org.parallax.ingest.BadInputException;
import org.parallax.ingest.Input;
import org.parallax.ingest.html.Fixtures;
import org.parallax.model.InputFormat;
import org.parallax.model.ProblemCategory;

class WarcReaderTest {

    private static final String ARS_URL = "https://arstechnica.com/information-technology/2015/04/"
            + "just-released-minecraft-exploit-makes-it-easy-to-crash-game-servers/";
    private static final String HERALD_URL = "http://m.heraldsun.com.au/news/opinion/"
            + "angry-media-wont-buckle-over-new-surveillance-laws/story-fni0fha6-1227261886014";
    private static final Instant ARS_CAPTURED = Instant.parse("2020-08-14T03:20:00Z");
    private static final Instant HERALD_CAPTURED = Instant.parse("2015-03-21T00:31:00Z");

    private final WarcReader reader = new WarcReader();

    /** Where the Herald Sun response record starts in the archive written by {@link #writeArchive}. */
    private long heraldOffset;
    /** Where the 404 response record starts in the archive written by {@link #writeArchive}. */
    private long missingOffset;

    /**
     * Writes a gzipped WARC: warcinfo; request and response for the Ars page; a PNG response; a 404
     * page; the Herald Sun response; a page of navigation only; a metadata record.
     */
    private Path writeArchive(Path file, WarcCompression compression) throws IOException {
        try (WarcWriter writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), compression)) {
            writer.write(new Warcinfo.Builder().date(ARS_CAPTURED).filename(file.getFileName().toString())
                    .fields(Map.of("software", List.of("parallax tests"))).build());
            writer.write(new WarcRequest.Builder(URI.create(ARS_URL)).date(ARS_CAPTURED)
                    .body(new HttpRequest.Builder("GET", URI.create(ARS_URL).getRawPath())
                            .addHeader("Host", "arstechnica.com").build())
                    .build());
            writer.write(response(ARS_URL, ARS_CAPTURED, 200, "text/html; charset=utf-8",
                    Files.readAllBytes(Fixtures.path("html/ars-1.html"))));
            writer.write(response("https://cdn.arstechnica.net/logo.png", ARS_CAPTURED, 200, "image/png",
                    new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0}));
            missingOffset = writer.position();
            writer.write(response("https://arstechnica.com/missing", ARS_CAPTURED, 404, "text/html",
                    "<html><body><p>Not found</p></body></html>".getBytes(StandardCharsets.UTF_8)));
            heraldOffset = writer.position();
            writer.write(response(HERALD_URL, HERALD_CAPTURED, 200, "text/html",
                    Files.readAllBytes(Fixtures.path("html/herald-sun-1.html"))));
            writer.write(response("https://example.com/", HERALD_CAPTURED, 200, "text/html;charset=UTF-8",
                    "<html><body><nav><a href='/a'>A</a> <a href='/b'>B</a></nav></body></html>"
                            .getBytes(StandardCharsets.UTF_8)));
            writer.write(new WarcMetadata.Builder().date(HERALD_CAPTURED)
                    .body(MediaType.parse("application/warc-fields"), "outlinks: 3\r\n".getBytes(StandardCharsets.UTF_8))
                    .build());
        }
        return file;
    }

    private static WarcResponse response(String url, Instant date, int status, String type, byte[] body)
            throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(type), body).build();
        return new WarcResponse.Builder(URI.create(url)).date(date).body(http).build();
    }

    private Fixtures.Collected read(Path file, String name, long maxBytes) throws Exception {
        Fixtures.Collected sink = new Fixtures.Collected();
        reader.read(new Input(file, name, maxBytes), sink);
        return sink;
    }

    @Test
    void readsEveryHtmlResponseOfAGzippedArchiveAsAnArticle(@TempDir Path dir) throws Exception {
        Path file = writeArchive(dir.resolve("crawl.warc.gz"), WarcCompression.GZIP);

        Fixtures.Collected sink = read(file, "crawl.warc.gz", 1 << 20);

        assertThat(sink.articles).hasSize(2);
        ArticleDraft ars = sink.articles.get(0);
        assertThat(ars.source()).isEqualTo("crawl.warc.gz#record-1");
        assertThat(ars.format()).isEqualTo(InputFormat.WARC);
        assertThat(ars.url()).contains(ARS_URL);
        assertThat(ars.captured()).contains(ARS_CAPTURED);
        assertThat(ars.title()).contains("Just-released Minecraft exploit makes it easy to crash game servers");
        assertThat(ars.authors()).containsExactly("Dan Goodin");
        assertThat(ars.published()).contains(LocalDate.of(2015, 4, 16));
        assertThat(ars.text()).startsWith("A flaw in the wildly popular online game Minecraft");

        ArticleDraft herald = sink.articles.get(1);
        assertThat(herald.source()).isEqualTo("crawl.warc.gz#record-4");
        assertThat(herald.url()).contains(HERALD_URL);
        assertThat(herald.captured()).contains(HERALD_CAPTURED);
        assertThat(herald.authors()).containsExactly("Laurie Oakes");
        assertThat(herald.text()).contains("The roadshow featured the Prime Minister’s national security adviser");
    }

    @Test
    void reportsAPageWithoutArticleTextAtItsRecordAndGoesOn(@TempDir Path dir) throws Exception {
        Path file = writeArchive(dir.resolve("crawl.warc.gz"), WarcCompression.GZIP);

        Fixtures.Collected sink = read(file, "crawl.warc.gz", 1 << 20);

        assertThat(sink.problems).singleElement().satisfies(problem -> {
            assertThat(problem.input()).isEqualTo("crawl.warc.gz");
            assertThat(problem.position()).hasValueSatisfying(p -> assertThat(p).matches("record 5, byte \\d+"));
            assertThat(problem.message()).isEqualTo("no article text found in the HTML page");
        });
    }

    @Test
    void readsAnUncompressedArchiveToo(@TempDir Path dir) throws Exception {
        Path file = writeArchive(dir.resolve("crawl.warc"), WarcCompression.NONE);

        Fixtures.Collected sink = read(file, "crawl.warc", 1 << 20);

        assertThat(sink.articles).extracting(ArticleDraft::source)
                .containsExactly("crawl.warc#record-1", "crawl.warc#record-4");
    }

    @Test
    void reportsARecordOverTheSizeLimitAndGoesOn(@TempDir Path dir) throws Exception {
        Path file = writeArchive(dir.resolve("crawl.warc.gz"), WarcCompression.GZIP);

        Fixtures.Collected sink = read(file, "crawl.warc.gz", 60_000);

        assertThat(sink.articles).extracting(ArticleDraft::source).containsExactly("crawl.warc.gz#record-1");
        assertThat(sink.problems.get(0).category()).isEqualTo(ProblemCategory.OUT_OF_RESOURCES);
        assertThat(sink.problems.get(0).position()).hasValueSatisfying(p -> assertThat(p).startsWith("record 4, byte "));
        assertThat(sink.problems.get(0).message()).contains("over the 58.6 KB limit");
        assertThat(sink.problems).hasSize(2);
    }

    @Test
    void reportsWhereATruncatedArchiveBreaksAndKeepsTheRecordsBefore(@TempDir Path dir) throws Exception {
        Path whole = writeArchive(dir.resolve("crawl.warc.gz"), WarcCompression.GZIP);
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = Files.write(dir.resolve("cut.warc.gz"), Arrays.copyOf(bytes, (int) heraldOffset + 2_000));

        Fixtures.Collected sink = read(truncated, "cut.warc.gz", 1 << 20);

        assertThat(sink.articles).extracting(ArticleDraft::source).containsExactly("cut.warc.gz#record-1");
        assertThat(sink.problems).singleElement().satisfies(problem -> {
            assertThat(problem.category()).isEqualTo(ProblemCategory.BAD_INPUT);
            assertThat(problem.position()).hasValueSatisfying(p -> assertThat(p).endsWith("byte " + heraldOffset));
            assertThat(problem.message()).contains("the file ends inside a record").endsWith("no record follows, reading stopped here");
        });
    }

    @Test
    void goesOnAtTheNextGzipMemberAfterABrokenRecord(@TempDir Path dir) throws Exception {
        Path whole = writeArchive(dir.resolve("crawl.warc.gz"), WarcCompression.GZIP);
        byte[] bytes = Files.readAllBytes(whole);
        for (int i = (int) missingOffset + 12; i < (int) missingOffset + 60; i++) {
            bytes[i] = (byte) 0xA5; // corrupt the deflate data of the 404 record's gzip member
        }
        Path broken = Files.write(dir.resolve("broken.warc.gz"), bytes);

        Fixtures.Collected sink = read(broken, "broken.warc.gz", 1 << 20);

        assertThat(sink.articles).extracting(ArticleDraft::url).containsExactly(Optional.of(ARS_URL), Optional.of(HERALD_URL));
        assertThat(sink.problems).extracting(problem -> problem.message())
                .anyMatch(message -> message.contains("; reading goes on at the next record, byte "))
                .contains("no article text found in the HTML page");
    }

    @Test
    void goesOnAtTheNextVersionLineAfterABrokenRecordOfAPlainArchive(@TempDir Path dir) throws Exception {
        Path whole = writeArchive(dir.resolve("crawl.warc"), WarcCompression.NONE);
        byte[] bytes = Files.readAllBytes(whole);
        String header = new String(bytes, (int) missingOffset, 400, StandardCharsets.ISO_8859_1);
        int length = (int) missingOffset + header.indexOf("Content-Length: ") + "Content-Length: ".length();
        for (int i = length; Character.isDigit(bytes[i]); i++) {
            bytes[i] = 'x'; // the 404 record's header no longer says how long it is
        }
        Path broken = Files.write(dir.resolve("broken.warc"), bytes);

        Fixtures.Collected sink = read(broken, "broken.warc", 1 << 20);

        assertThat(sink.articles).extracting(ArticleDraft::url).containsExactly(Optional.of(ARS_URL), Optional.of(HERALD_URL));
        assertThat(sink.problems).extracting(problem -> problem.message())
                .anyMatch(message -> message.startsWith("broken WARC record after record 4 (a header gives no number")
                        && message.contains("; reading goes on at the next record, byte "));
    }

    @Test
    void sniffsAResponseWithoutContentTypeAndReadsItWhenItIsAnHtmlPage(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("untyped.warc");
        try (WarcWriter writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                WarcCompression.NONE)) {
            writer.write(untyped(ARS_URL, Files.readAllBytes(Fixtures.path("html/ars-1.html"))));
            writer.write(untyped("https://cdn.arstechnica.net/logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0}));
        }

        Fixtures.Collected sink = read(file, "untyped.warc", 1 << 20);

        assertThat(sink.articles).extracting(ArticleDraft::url).containsExactly(Optional.of(ARS_URL));
        assertThat(sink.problems).isEmpty();
    }

    /** A response record whose HTTP message has no Content-Type header. */
    private static WarcResponse untyped(String url, byte[] body) throws IOException {
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] message = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, message, head.length, body.length);
        return new WarcResponse.Builder(URI.create(url)).date(ARS_CAPTURED).body(MediaType.HTTP_RESPONSE, message).build();
    }

    @Test
    void refusesAFileWithoutAnyWarcRecord(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("notes.warc"), "These are my notes, not an archive.\n");

        assertThatThrownBy(() -> read(file, "notes.warc", 1 << 20))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("not a WARC file");
    }

    @Test
    void refusesAnEmptyFile(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("empty.warc"), new byte[0]);

        assertThatThrownBy(() -> read(file, "empty.warc", 1 << 20))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("not a WARC file");
    }
}
