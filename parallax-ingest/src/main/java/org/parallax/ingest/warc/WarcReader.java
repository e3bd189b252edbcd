package org.parallax.ingest.warc;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.parallax.ingest.ArticleDraft;
import org.parallax.ingest.ArticleSink;
import org.parallax.ingest.BadInputException;
import org.parallax.ingest.FormatReader;
import org.parallax.ingest.Input;
import org.parallax.ingest.TextDecoder;
import org.parallax.ingest.html.HtmlArticleReader;
import org.parallax.model.InputFormat;
import org.parallax.model.InputProblem;
import org.parallax.model.ProblemCategory;

/**
 * Reads a web archive ({@code .warc}, {@code .warc.gz}) with jwarc, streaming it record by record.
 *
 * <p>Every {@code response} record holding an HTTP 200 response with an HTML content type
 * ({@code text/html}, {@code application/xhtml+xml}) is one article: its source is
 * {@code <input>#record-<n>}, {@code n} counting response records from 1; its url the record's
 * {@code WARC-Target-URI}; its capture time ({@link ArticleDraft#captured}) the record's
 * {@code WARC-Date}. The payload is de-chunked and decompressed as its HTTP headers say, decoded with
 * the charset of the HTTP {@code Content-Type}, else of the page's {@code <meta>}, and read by
 * {@link HtmlArticleReader}. Other responses, requests, metadata, revisit and warcinfo records are
 * skipped without a word.
 *
 * <p>Problems go to the sink and reading goes on, each positioned at {@code record N, byte X} (the
 * record's offset in the file as stored; for gzip files, the offset of its gzip member): a payload
 * over the input's size limit ({@link ProblemCategory#OUT_OF_RESOURCES}); a page without article
 * text; an HTTP message that does not parse. When the WARC structure itself breaks (a bad record
 * header, a truncated gzip member, the file ending inside a record) the reader cannot find the next
 * record in a stream, so it reports the break and stops there. An input without any WARC record is
 * refused whole. Stateless and thread-safe.
 */
public final class WarcReader implements FormatReader {

    private final HtmlArticleReader pages;

    /** A reader with its own {@link HtmlArticleReader}. */
    public WarcReader() {
        this(new HtmlArticleReader());
    }

    /** A reader sharing an {@link HtmlArticleReader}. */
    public WarcReader(HtmlArticleReader pages) {
        this.pages = Objects.requireNonNull(pages, "pages");
    }

    @Override
    public void read(Input input, ArticleSink sink) throws IOException, BadInputException {
        try (InputStream raw = input.openRaw()) {
            org.netpreserve.jwarc.WarcReader warc = open(raw);
            int records = 0;
            int responses = 0;
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = warc.next();
                } catch (ParsingException | EOFException | ZipException e) {
                    if (records == 0) {
                        throw new BadInputException("not a WARC file: its start is no WARC record (" + describe(e) + ")");
                    }
                    sink.problem(new InputProblem(input.name(), Optional.of("byte " + warc.position()),
                            ProblemCategory.BAD_INPUT, "broken WARC record after record " + records + " ("
                            + describe(e) + "); reading stopped here, as no later record can be found"));
                    return;
                }
                if (next.isEmpty()) {
                    break;
                }
                records++;
                if (next.get() instanceof WarcResponse response) {
                    responses++;
                    String position = "record " + responses + ", byte " + warc.position();
                    String source = input.name() + "#record-" + responses;
                    if (!readResponse(input, source, position, response, sink)) {
                        return;
                    }
                }
            }
            if (records == 0) {
                throw new BadInputException("not a WARC file: it holds no WARC record");
            }
        }
    }

    private static org.netpreserve.jwarc.WarcReader open(InputStream raw) throws IOException, BadInputException {
        try {
            return new org.netpreserve.jwarc.WarcReader(raw);
        } catch (EOFException e) {
            throw new BadInputException("not a WARC file: it is empty");
        } catch (ZipException e) {
            throw new BadInputException("not a WARC file: corrupt gzip data (" + e.getMessage() + ")");
        }
    }

    /**
     * Reads one response record into the sink.
     *
     * @return false when the archive broke inside the record and reading must stop
     */
    private boolean readResponse(Input input, String source, String position, WarcResponse response,
            ArticleSink sink) throws IOException {
        try {
            Optional<String> html = htmlPayload(response, input.maxBytes());
            if (html.isPresent()) {
                ArticleDraft draft = pages.read(source, InputFormat.WARC, html.get(),
                        Optional.of(response.target()));
                draft.url(response.target()).captured(response.date());
                sink.article(draft);
            }
            return true;
        } catch (BadInputException e) {
            sink.problem(new InputProblem(input.name(), Optional.of(position), e.category(), e.getMessage()));
            return true;
        } catch (ParsingException e) {
            sink.problem(new InputProblem(input.name(), Optional.of(position), ProblemCategory.BAD_INPUT,
                    "the record's HTTP response does not parse (" + describe(e) + ")"));
            return true;
        } catch (EOFException | ZipException e) {
            sink.problem(new InputProblem(input.name(), Optional.of(position), ProblemCategory.BAD_INPUT,
                    "the archive ends or breaks inside this record (" + describe(e)
                    + "); reading stopped here, as no later record can be found"));
            return false;
        }
    }

    /** The decoded HTML of a 200 HTML response; empty for any other record. */
    private static Optional<String> htmlPayload(WarcResponse response, long maxBytes)
            throws IOException, BadInputException {
        if (!response.contentType().base().toString().equalsIgnoreCase("application/http")) {
            return Optional.empty();
        }
        HttpResponse http = response.http();
        if (http.status() != 200 || !isHtml(http.contentType())) {
            return Optional.empty();
        }
        long size = response.body().size();
        if (size > maxBytes) {
            throw BadInputException.tooLarge(size, maxBytes);
        }
        try (MessageBody body = http.bodyDecoded(); InputStream in = body.stream()) {
            byte[] bytes = Input.readLimited(in, maxBytes);
            if (bytes.length == 0) {
                throw new BadInputException("the HTML response is empty");
            }
            Optional<String> declared = Optional.ofNullable(http.contentType().parameters().get("charset"))
                    .filter(charset -> !charset.isBlank())
                    .or(() -> TextDecoder.declaredHtmlCharset(bytes));
            return Optional.of(TextDecoder.decode(bytes, declared));
        }
    }

    private static boolean isHtml(MediaType type) {
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        if (e instanceof EOFException) {
            return "the file ends inside a record" + (message == null ? "" : ": " + message);
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
