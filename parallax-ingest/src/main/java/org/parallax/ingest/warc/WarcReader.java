package org.parallax.ingest.warc;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
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
import org.parallax.ingest.FormatSniffer;
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
 * header, a corrupt or truncated gzip member, the file ending inside a record), it reports the
 * break, looks for the next record start after it ({@link RecordStarts}: the next gzip member, or
 * the next {@code WARC/1.} line), reports where reading goes on, and goes on from there; when no
 * record follows, it says so and stops. Responses keep their numbers across a break. An input
 * that does not start with a WARC record is refused whole. Stateless and thread-safe.
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
        Counts counts = new Counts();
        Optional<Break> broken = readFrom(input, 0, counts, sink);
        if (counts.records == 0) {
            throw new BadInputException(counts.firstBreak.map(why -> "not a WARC file: its start is no WARC record (" + why + ")")
                    .orElse("not a WARC file: it holds no WARC record"));
        }
        boolean gzipped = broken.isPresent() && input.gzipped();
        while (broken.isPresent()) {
            Break at = broken.get();
            OptionalLong next = RecordStarts.next(input, at.offset(), gzipped);
            if (next.isEmpty()) {
                sink.problem(new InputProblem(input.name(), Optional.of(at.position()), ProblemCategory.BAD_INPUT,
                        at.message() + "; no record follows, reading stopped here"));
                return;
            }
            sink.problem(new InputProblem(input.name(), Optional.of(at.position()), ProblemCategory.BAD_INPUT,
                    at.message() + "; reading goes on at the next record, byte " + next.getAsLong()));
            try {
                broken = readFrom(input, next.getAsLong(), counts, sink);
            } catch (BadInputException e) {
                broken = Optional.of(new Break(next.getAsLong(), "byte " + next.getAsLong(), e.getMessage()));
            }
        }
    }

    /**
     * Where an archive broke.
     *
     * @param offset   the byte to look for the next record after
     * @param position where to say it broke ("record 4, byte 1200" or "byte 1200")
     * @param message  what broke
     */
    private record Break(long offset, String position, String message) {
    }

    /** What has been read so far, across the parts of an archive read between breaks. */
    private static final class Counts {
        int records;
        int responses;
        Optional<String> firstBreak = Optional.empty();
    }

    /**
     * Reads records from {@code offset} until the archive ends or breaks.
     *
     * @return where it broke; empty when it ended
     */
    private Optional<Break> readFrom(Input input, long offset, Counts counts, ArticleSink sink) throws IOException, BadInputException {
        try (InputStream raw = RecordStarts.from(input, offset)) {
            org.netpreserve.jwarc.WarcReader warc = open(raw);
            while (true) {
                Optional<WarcRecord> next;
                String broken;
                try {
                    next = warc.next();
                    broken = null;
                } catch (ParsingException | EOFException | ZipException e) {
                    next = Optional.empty();
                    broken = describe(e);
                } catch (NumberFormatException e) {
                    // jwarc parses Content-Length with Long.parseLong and lets a malformed one escape unchecked
                    next = Optional.empty();
                    broken = "a header gives no number where one is needed: " + e.getMessage();
                }
                if (broken != null) {
                    if (counts.records == 0 && offset == 0) {
                        counts.firstBreak = Optional.of(broken);
                        return Optional.empty();
                    }
                    long at = offset + warc.position();
                    return Optional.of(new Break(at, "byte " + at, "broken WARC record after record " + counts.records + " (" + broken + ")"));
                }
                if (next.isEmpty()) {
                    return Optional.empty();
                }
                counts.records++;
                if (next.get() instanceof WarcResponse response) {
                    counts.responses++;
                    long at = offset + warc.position();
                    String position = "record " + counts.responses + ", byte " + at;
                    String source = input.name() + "#record-" + counts.responses;
                    Optional<String> inside = readResponse(input, source, position, response, sink);
                    if (inside.isPresent()) {
                        return Optional.of(new Break(at, position, inside.get()));
                    }
                }
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
     * @return what broke, when the archive broke inside the record and this part of it cannot be read on
     */
    private Optional<String> readResponse(Input input, String source, String position, WarcResponse response,
            ArticleSink sink) throws IOException {
        try {
            Optional<String> html = htmlPayload(response, input.maxBytes());
            if (html.isPresent()) {
                ArticleDraft draft = pages.read(source, InputFormat.WARC, html.get(),
                        Optional.of(response.target()), Optional.of(response.date()));
                draft.url(response.target());
                sink.article(draft);
            }
            return Optional.empty();
        } catch (BadInputException e) {
            sink.problem(new InputProblem(input.name(), Optional.of(position), e.category(), e.getMessage()));
            return Optional.empty();
        } catch (ParsingException | NumberFormatException e) {
            sink.problem(new InputProblem(input.name(), Optional.of(position), ProblemCategory.BAD_INPUT,
                    "the record's HTTP response does not parse (" + e.getMessage() + ")"));
            return Optional.empty();
        } catch (EOFException | ZipException e) {
            return Optional.of("the archive ends or breaks inside this record (" + describe(e) + ")");
        }
    }

    /** The decoded HTML of a 200 HTML response; empty for any other record. */
    private static Optional<String> htmlPayload(WarcResponse response, long maxBytes)
            throws IOException, BadInputException {
        if (!response.contentType().base().toString().equalsIgnoreCase("application/http")) {
            return Optional.empty();
        }
        HttpResponse http = response.http();
        boolean typed = http.headers().first("Content-Type").isPresent();
        if (http.status() != 200 || (typed && !isHtml(http.contentType()))) {
            return Optional.empty();
        }
        long size = response.body().size();
        if (size > maxBytes) {
            throw BadInputException.tooLarge(size, maxBytes);
        }
        try (MessageBody body = http.bodyDecoded(); InputStream in = body.stream()) {
            byte[] bytes = Input.readLimited(in, maxBytes);
            if (!typed && !FormatSniffer.looksLikeHtml(new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1))) {
                return Optional.empty(); // no Content-Type, and the payload is no HTML page either
            }
            if (bytes.length == 0) {
                throw new BadInputException("the HTML response is empty");
            }
            Optional<String> declared = Optional.ofNullable(http.contentType().parameters().get("charset"))
                    .filter(charset -> !charset.isBlank())
                    .or(() -> TextDecoder.declaredHtmlCharset(bytes));
            return Optional.of(TextDecoder.decodePage(bytes, declared));
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
